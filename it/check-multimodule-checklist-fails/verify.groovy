import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:alpha:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
assert log.contains('[INFO] Readiness of it.readiness:beta:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert root.verdict == 'NOT_READY'
def checklist = root.findings.findAll { it.rule == 'policy.checklist' }
assert checklist.collect { [it.module, it.key, it.blocking] } == [['(aggregate)', 'security-review', true]]
assert root.checklist.collect { [it.id, it.state] } == [['security-review', 'missing'], ['tests-passing', 'satisfied']]
assert root.verdictReasons.contains('reactor: 1 required checklist item open: security-review (do it, then mvn' +
        ' readiness:attest -Ditem=<id> -Devidence=<file or URL>)')
assert log.count('Checklist: 1 of 2 items done, 1 required item open: security-review') == 1
['alpha', 'beta'].each { module ->
    def json = new JsonSlurper().parse(new File(basedir, module + '/target/readiness/readiness.json'))
    assert json.verdict == 'READY' && json.checklist == []
    assert !json.findings.any { it.rule == 'policy.checklist' }
}
true
