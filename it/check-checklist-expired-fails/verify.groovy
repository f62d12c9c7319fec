import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-checklist-expired-fails:1.0.0-SNAPSHOT: NOT_READY')
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.findings.collect { [it.rule, it.key, it.blocking] } == [['policy.checklist', 'security-review', true]]
assert json.findings[0].message == 'required checklist item security-review (Security review signed off) is expired:' +
        ' attested by appsec on 2025-01-01, expired on 2025-01-31 (valid for 30d): do it again and attest it'
assert json.checklist[0].subMap(['state', 'expiresOn']) == [state: 'expired', expiresOn: '2025-01-31']
true
