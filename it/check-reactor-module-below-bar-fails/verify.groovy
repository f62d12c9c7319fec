import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// legacy is below the bar: logged when it is judged, the build goes on and fails once, at the end
assert log.contains('[WARNING] Readiness of it.readiness:legacy:1.0.0-SNAPSHOT is NOT_READY: the build fails at the end'
        + ' of the reactor (reactor.failAt=end)')
assert !log.contains('Readiness verdict is NOT_READY') // no module failed on its own
assert log.count('Reactor readiness verdict is NOT_READY') == 1
assert log.contains('Reactor readiness verdict is NOT_READY (score 96/100, minimum 80)\n'
        + '[ERROR]   1. [legacy] [HIGH] coverage.line: line coverage is 40.0 %, but expected minimum is 80 % (4 of 10 lines'
        + ' covered; 4 more needed)\n'
        + '[ERROR] See target/readiness/readiness.md for every module\'s blockers and their fixes.')
assert log.contains('[INFO]   legacy                   NOT_READY    86/100    40.0 %        1')
// every module's own report is written, the passing ones included
['core', 'api'].each { module ->
    def json = new JsonSlurper().parse(new File(basedir, module + '/target/readiness/readiness.json'))
    assert json.verdict == 'READY' && json.modules == []
}
def legacy = new JsonSlurper().parse(new File(basedir, 'legacy/target/readiness/readiness.json'))
assert legacy.verdict == 'NOT_READY' && legacy.findings[0].module == null
// the top-level readiness.json is the reactor's: every module, its blockers, the summed coverage
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert root.project.artifactId == 'check-reactor-module-below-bar-fails'
// (100 x 1 + 100 x 5 + 100 x 17 + 86 x 10) / 33 lines, rounded: weighted by module size
assert root.verdict == 'NOT_READY' && root.score == 96
assert root.modules.collect { [it.module, it.status, it.verdict, it.blockers] } == [
        ['check-reactor-module-below-bar-fails', 'checked', 'READY', 0], ['core', 'checked', 'READY', 0],
        ['api', 'checked', 'READY', 0], ['legacy', 'checked', 'NOT_READY', 1]]
assert root.findings.findAll { it.blocking }.collect { [it.module, it.rule] } == [['legacy', 'coverage.line']]
def lines = root.modules.findAll { it.coverage.line }.collect { it.coverage.line }
assert root.reactor.aggregatedCoverage.coverage.line.covered == lines.sum { it.covered }
assert root.reactor.aggregatedCoverage.coverage.line.missed == lines.sum { it.missed }
assert root.reactor.coverageScope == 'module' && root.reactor.failAt == 'end'
assert new File(basedir, 'target/readiness/readiness.md').text.contains('| legacy | HIGH | `coverage.line` |')
true
