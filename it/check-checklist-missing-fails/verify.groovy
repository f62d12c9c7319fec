import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-checklist-missing-fails:1.0.0-SNAPSHOT: NOT_READY')
assert log.contains('[INFO] Checklist: 2 of 3 items done, 1 required item open: security-review')
assert log.contains('[INFO]   1. [HIGH] policy.checklist: required checklist item security-review (Security review signed off) is')
assert log.contains('To reach READY: 1 required checklist item open: security-review (do it, then mvn readiness:attest')
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.collect { [it.rule, it.key, it.blocking] } == [['policy.checklist', 'security-review', true]]
assert json.checklist[0].state == 'missing'
def md = new File(basedir, 'target/readiness/readiness.md').text
assert md.contains('- [ ] Security review signed off (required)\n')
true
