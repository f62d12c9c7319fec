import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
// legacy is below the bar: logged when it is judged, the build goes on and fails once, at the end
assert log.contains('[WARNING] Readiness of it.readiness:legacy:1.0.0-SNAPSHOT is NOT_READY: the build fails at the end'
        + ' of the reactor (reactor.failAt=end)')
assert !log.contains('Readiness verdict is NOT_READY') // no module failed on its own
assert log.count('Reactor readiness verdict is NOT_READY') == 1
// the failure refers to the reactor summary, which lists the blocker once
assert log.contains('Reactor readiness verdict is NOT_READY (score 96/100, minimum 80):\n'
        + '[ERROR] 1 blocker, listed above with its module; the fixes in target/readiness/readiness.md')
assert log.contains('[INFO]   1. [legacy] [HIGH] coverage.line: line coverage is 40.0 %, but expected minimum is 80 % (4 of 10 lines\n'
        + '[INFO]      covered; 4 more needed)')
// the module column is as wide as the longest name: the root's artifactId, 36 characters
assert log.contains('[INFO]   ' + 'legacy'.padRight(36) + ' NOT_READY    86/100    40.0 %        1')
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
assert new File(basedir, 'target/readiness/readiness.md').text.contains('\n1. **HIGH** `coverage.line` in `legacy`: line coverage is 40.0 %')
// GitHub Actions (invoker.properties): ONE summary, the reactor's; the annotations printed once, by the reactor step
def summary = new File(basedir, 'step-summary.md').text
assert summary.count('Production readiness of') == 1
assert summary.startsWith('## :x: Production readiness of it.readiness:check-reactor-module-below-bar-fails:1.0.0-SNAPSHOT'
        + ' (reactor): NOT_READY')
assert summary.contains('| legacy | `legacy` | NOT_READY | 86/100 | 40.0 % | 1 |')
assert log.count('summary appended to the GitHub job summary') == 1
assert log.readLines().findAll { it.startsWith('::') } == ['::error title=Readiness blocker%3A coverage.line::[legacy]'
        + ' [HIGH] line coverage is 40.0 %25, but expected minimum is 80 %25 (4 of 10 lines covered; 4 more needed)%0AFix'
        + ' (~20 min): Write tests for the least covered classes first (see target/site/jacoco/index.html).']
assert !log.contains('] ::')
// the top-level readiness.sarif: one run with every module's findings, paths from the reactor root (upload this one)
def where = { result -> [result['properties']?.module, result.ruleId,
        result.locations[0].physicalLocation.artifactLocation.uri, result.locations[0].physicalLocation.region?.startLine] }
def sarif = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.sarif'))
assert sarif.runs.size() == 1 && sarif.runs[0].results.size() == root.findings.size()
assert sarif.runs[0].automationDetails.id == 'readiness/it.readiness:check-reactor-module-below-bar-fails/'
assert sarif.runs[0].results.collect(where) == [['legacy', 'coverage.line', 'legacy/pom.xml', null],
        ['legacy', 'quality.todo-markers', 'legacy/src/main/java/it/readiness/legacy/Ledger.java', 5]]
// legacy's own readiness.sarif: the same root-relative paths, no module tag
def own = new JsonSlurper().parse(new File(basedir, 'legacy/target/readiness/readiness.sarif'))
assert own.runs[0].results.collect(where) == [[null, 'coverage.line', 'legacy/pom.xml', null],
        [null, 'quality.todo-markers', 'legacy/src/main/java/it/readiness/legacy/Ledger.java', 5]]
// the top-level TEST-readiness.xml: the reactor suite, then one suite per module
def junit = new XmlSlurper().parse(new File(basedir, 'target/readiness/TEST-readiness.xml'))
assert junit.name() == 'testsuites' && junit.@failures.text() == '3' // reactor verdict, legacy verdict, coverage.line
assert junit.testsuite.collect { it.@name.text() + ' ' + it.@failures.text() } == ['readiness 1',
        'readiness.check-reactor-module-below-bar-fails 0', 'readiness.core 0', 'readiness.api 0', 'readiness.legacy 2']
// the reactor result replaced the root's readiness.json: the root's stamp no longer claims it; the modules' stay
assert !new File(basedir, 'target/readiness/readiness.stamp').exists()
assert new File(basedir, 'legacy/target/readiness/readiness.stamp').exists()
true
