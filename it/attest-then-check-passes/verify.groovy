import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()
assert log.contains('[INFO] Attested security-review by appsec on ' + today + ' (SECURITY.md) in readiness-attestations.yaml')
def file = new File(basedir, 'readiness-attestations.yaml').text
assert file.endsWith('attestations:\n  - item: security-review\n    by: "appsec"\n    date: ' + today
        + '\n    evidence: "SECURITY.md"\n')
assert log.contains('[INFO] Readiness of it.readiness:attest-then-check-passes:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.checklist[0].subMap(['id', 'state']) == [id: 'security-review', state: 'attested']
true
