import groovy.json.JsonSlurper

// the same waivers, expired on 2020-01-31: the coverage findings count again and block, and the log names the
// waivers, so nobody is surprised
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] waiver for coverage.line expired on 2020-01-31')
assert log.contains('[WARNING] waiver for coverage.branch expired on 2020-01-31')
assert log.contains('[CRITICAL] coverage.line: line coverage is 13.3 %, but expected minimum is 80 %')
assert log.contains('Readiness verdict is NOT_READY')
assert !log.contains('\tat ')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.findAll { it.rule in ['coverage.line', 'coverage.branch'] }.every { !it.waived && it.blocking }
def expired = json.findings.findAll { it.rule == 'policy.waivers' }
assert expired.size() == 2 && expired.every { it.severity == 'HIGH' && !it.blocking }
assert json.waivers.collect { it.state } == ['expired', 'expired']
true
