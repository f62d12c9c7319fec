import groovy.json.JsonSlurper

// below the coverage bar, but both coverage findings are waived until 2099: they are shown with their waiver and
// count in no score, verdict or effort, so the build passes
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Policy: readiness.yaml')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING] waiver for')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict != 'NOT_READY'
def coverage = json.findings.findAll { it.rule in ['coverage.line', 'coverage.branch'] }
assert coverage.size() == 2 && coverage.every { it.waived && it.blocking }
assert coverage.every { it.waiver.reason == 'legacy module, tests being written in PAY-2048' && it.waiver.owner == 'payments-team' && it.waiver.expires == '2099-12-31' }
// a measured score whose findings are all waived is left out (N/A), never counted as 0 or 100
def category = json.categories.find { it.id == 'test-coverage' }
assert category.score == null && category.waived == 2 && category.blockers == 0 && category.effortMinutes == 0
assert json.waivers.collect { [it.rule, it.state, it.matched] } == [['coverage.line', 'active', 1], ['coverage.branch', 'active', 1]]
assert new File(basedir, 'target/readiness/readiness.md').text.contains('Waived findings')
true
