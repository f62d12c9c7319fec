import groovy.json.JsonSlurper

// JMH ran in this build and wrote its results where the gate looks by default
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/jmh-result.json').isFile()
assert log.contains('Benchmark result is saved to ' + new File(basedir, 'target/jmh-result.json').path)

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.evidence.find { it.source == 'performance' } ==
        [source: 'performance', path: 'target/jmh-result.json', status: 'READ', detail: 'JMH results (-rf json)']
// the only blocker: slowAdd now takes ~20 ms against 2.08 ± 0.05 ms in the committed baseline
assert json.findings.findAll { it.severity in ['CRITICAL', 'HIGH'] }.collect { it.rule } == ['performance.benchmark-regression']
def blockers = json.findings.findAll { it.blocking }
assert blockers.collect { it.rule } == ['performance.benchmark-regression']
def regression = blockers[0]
assert regression.severity == 'HIGH' && regression.category == 'performance'
assert regression.expected == 2.08 && regression.measured > 15
assert regression.message ==~ /it\.readiness\.CalculatorBenchmark\.slowAdd regressed by [\d.]+ %: [\d.]+ ± [\d.]+ ms\/op \(avgt\) against 2\.08 ± 0\.05 in the baseline; more than the 10 % allowed and than the error intervals together \([\d.]+ ms\/op\)/
assert json.categories.find { it.id == 'performance' }.score == 0
assert log =~ /Readiness verdict is NOT_READY \(score \d+\/100, minimum 80\)/
assert log.contains('[INFO]   1. [HIGH] performance.benchmark-regression: it.readiness.CalculatorBenchmark.slowAdd regressed by')
true
