import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// testFailureIgnore let the build go on: the gate must not
assert log.contains('Tests run: 3, Failures: 1, Errors: 0, Skipped: 0')
assert log.contains('[INFO]   1. [HIGH] tests.failures: test it.readiness.CalculatorTest#wrongExpectation fails: 2 + 3 ==> expected: <6>\n'
        + '[INFO]      but was: <5>')
assert log.contains('Readiness verdict is NOT_READY (score 86/100, minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def failure = json.findings.find { it.rule == 'tests.failures' }
assert failure.blocking && failure.key == 'it.readiness.CalculatorTest#wrongExpectation'
assert failure.location.file == 'target/surefire-reports/TEST-it.readiness.CalculatorTest.xml'
assert json.categories.find { it.id == 'tests' }.score == 83
