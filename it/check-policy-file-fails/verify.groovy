import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Policy: preset silver, readiness.yaml')
// 90.9 % passes silver's 80 %; the project's own 95 % blocks, and the message names it
assert log.contains('[INFO]   1. [HIGH] coverage.line: line coverage is 90.9 %, but expected minimum is 95 % (10 of 11 lines covered; 1\n'
        + '[INFO]      more needed)')
// the coverage category holds the blocker, so it shows at most 99, never 100
assert log.contains('Readiness verdict is NOT_READY (score 99/100, minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
// silver's other settings apply too (a dependency audit is required and present), and only coverage blocks
assert json.findings.findAll { it.blocking }.collect { it.rule } == ['coverage.line']
def line = json.findings.find { it.rule == 'coverage.line' }
assert line.expected == 0.95 && line.measured > 0.9 && line.measured < 0.95
true
