import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// legacy is below the bar, but under scope aggregate only the reactor's coverage blocks: (5 + 17 + 4) of 32 lines
assert !log.contains('NOT_READY')
assert log.contains('[INFO] Readiness of it.readiness:legacy:1.0.0-SNAPSHOT: CONDITIONAL')
assert log.contains('[INFO] Reactor readiness of it.readiness:check-reactor-aggregate-scope-passes:1.0.0-SNAPSHOT: CONDITIONAL, score\n'
        + '[INFO]   96/100 (minimum 80), 4 of 4 modules checked')
assert log.contains('[INFO] Aggregated coverage (modules summed, scope aggregate): line 81.2 %, branch 100.0 %')
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert root.verdict == 'CONDITIONAL' && root.reactor.coverageScope == 'aggregate'
assert root.findings.findAll { it.blocking } == []
def legacyLine = root.findings.find { it.module == 'legacy' && it.rule == 'coverage.line' }
assert legacyLine.severity == 'HIGH' && !legacyLine.blocking
assert root.findings.every { it.module != '(aggregate)' } // the aggregate passes its bar
def lines = root.modules.findAll { it.coverage.line }.collect { it.coverage.line }
assert root.reactor.aggregatedCoverage.coverage.line == [covered: lines.sum { it.covered },
        missed: lines.sum { it.missed }, ratio: 0.8125]
// the root's readiness.json is the reactor verdict, not check's result for the root's own evidence: report evaluates
assert log.contains('[INFO] Evaluating: target/readiness/readiness.json has no readiness.stamp beside it: it is not'
        + " check's result for this module's own evidence (at a multi-module root it holds the reactor verdict)")
assert new File(basedir, 'target/site/readiness.html').isFile()
true
