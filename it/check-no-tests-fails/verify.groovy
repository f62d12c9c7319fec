import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   1. [CRITICAL] tests.executed: no tests ran: the build executed 0 tests')
assert log.contains('Readiness verdict is NOT_READY (score 50/100, minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.find { it.rule == 'tests.executed' }.blocking
// no test ran, so the JaCoCo agent wrote nothing: reported as missing evidence, never as 0 % or 100 %
assert json.categories.find { it.id == 'test-coverage' }.score == null
assert json.findings.find { it.rule == 'coverage.evidence' }.key == 'NOT_AVAILABLE'
