import groovy.json.JsonSlurper

// the healthy project of check-healthy-passes, judged by one more rule that comes from a jar on the plugin's
// <dependencies>: acme.minimum-tests wants 3 tests, the project has 2; readiness.yaml sets its effort rate
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   1. [HIGH] acme.minimum-tests: 2 tests ran, but the organisation expects at least 3')
assert log.contains('Readiness verdict is NOT_READY')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
def finding = json.findings.find { it.rule == 'acme.minimum-tests' }
assert finding.category == 'tests' && finding.blocking && finding.measured == 2 && finding.expected == 3
assert finding.effortMinutes == 20
assert json.categories.find { it.id == 'tests' }.score == 88 // mean of 100, 100 and the rule's 66.7, blocked: rounded down
assert new File(basedir, 'target/readiness/readiness.md').text.contains('acme.minimum-tests')
