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
// the root's readiness.json is the reactor verdict: the root's page shows it, with the modules and the aggregated
// coverage, instead of evaluating the root module's own evidence
assert log.contains('[INFO] Report from target/readiness/readiness.json: the reactor result of 4 modules, written by'
        + ' check at the end of the reactor')
assert !log.contains('Evaluating:')
def html = new File(basedir, 'target/site/readiness.html').text
assert html =~ "<td>CONDITIONAL</td>\\s*<td>96/100</td>\\s*<td>80</td>"
assert html =~ /<h2[^>]*>Modules<\/h2>/
assert root.modules.size() == 4
root.modules.each { m ->
    assert html =~ "<td>${m.module}</td>\\s*<td>${m.path}</td>\\s*<td>${m.status}</td>\\s*<td>${m.verdict}</td>" +
            "\\s*<td>${m.score}</td>\\s*<td>${m.blockers}</td>" : m.module
}
assert html =~ /<h2[^>]*>Aggregated coverage<\/h2>/
def line = root.reactor.aggregatedCoverage.coverage.line
assert html =~ "<td>line</td>\\s*<td>${line.covered}</td>\\s*<td>${line.missed}</td>\\s*<td>81.2 %</td>"
true
