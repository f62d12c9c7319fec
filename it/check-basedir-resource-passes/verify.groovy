import groovy.json.JsonSlurper

// the ${basedir} resource includes LICENSE only: src/test, .github and target are not main code, so the test
// fixture's password, the test TODO, the test's TRACE_CALLS property and the workflow's id-token are not findings
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-basedir-resource-passes:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'READY'
assert json.findings == []
assert json.evidence.find { it.source == 'sources' } == [source: 'sources',
        path: 'src/main/java, src/main/resources, .', status: 'READ',
        detail: '3 files, 13 lines of code (src/main/java: 1, src/main/resources: 1, .: 1 [includes LICENSE])']
true
