import static java.util.regex.Pattern.quote
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def breakOrSpace = '(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)'
def wrapping = { String regex -> regex.replaceAll(/(?s)\\Q(.*?)\\E/) { all, text ->
    '\\Q' + text.replace(' ', '\\E' + breakOrSpace + '\\Q') + '\\E' } }
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('[INFO] Readiness of it.readiness:alpha:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
assert log.contains('[INFO] Readiness of it.readiness:beta:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
// the top-level readiness.json is the reactor result; the aggregator (no code, it holds dependency-check's aggregate
// report, which it judges whole) is one of its modules
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert root.verdict == 'READY'
assert root.modules.collect { [it.module, it.path, it.status, it.verdict, it.score] } == [
        ['check-multimodule-parallel-passes', '.', 'checked', 'READY', 90],
        ['alpha', 'alpha', 'checked', 'READY', 100], ['beta', 'beta', 'checked', 'READY', 100]]
// the same non-blocking vulnerability in the root and beta is one reactor finding naming both
assert root.findings.collect { [it.module, it.key] } == [
        ['check-multimodule-parallel-passes, beta', 'CVE-2020-9488 org.apache.logging.log4j:log4j-core']]
// (90 x 1 + 100 x 5 + 100 x 5) / 11 lines: the pom module weighs 1
assert root.score == 99
assert root.reactor.aggregatedCoverage == [source: 'modules summed', coverage: root.modules[1].coverage.collectEntries {
        type, c -> [type, [covered: c.covered * 2, missed: 0, ratio: 1]] }]
assert (log =~ wrapping(quote('Reactor readiness of it.readiness:check-multimodule-parallel-passes:1.0.0-SNAPSHOT: READY,'
        + ' score 99/100 (minimum 80), 3 of 3 modules checked'))).count == 2
// the serial build gives the same reactor result to the byte, whichever module completed last with two threads
// (apart from the test times each build measured: the two builds ran the tests twice)
def untimed = { name -> new File(basedir, name).text.replaceAll(/"timeSeconds": [0-9.]+/, '"timeSeconds": t') }
assert untimed('target/readiness-serial/readiness.json') == untimed('target/readiness/readiness.json')
// -pl beta: the reactor result covers beta and says which modules this build did not build
def partial = new JsonSlurper().parse(new File(basedir, 'target/readiness-pl/readiness.json'))
assert partial.modules.collect { [it.module, it.status] } == [['beta', 'checked'], ['alpha', 'not-built'],
        ['check-multimodule-parallel-passes', 'not-built']]
assert partial.reactor.notBuilt == ['alpha', 'check-multimodule-parallel-passes'] && partial.score == 100
assert log.contains('[INFO] Reactor readiness of it.readiness:check-multimodule-parallel-passes:1.0.0-SNAPSHOT: READY, score 100/100\n'
        + '[INFO]   (minimum 80), 1 of 3 modules checked; not built: alpha, check-multimodule-parallel-passes')
['alpha', 'beta'].each { module ->
    def json = new JsonSlurper().parse(new File(basedir, module + '/target/readiness/readiness.json'))
    assert json.project.artifactId == module && json.verdict == 'READY' && json.score == 100
    assert json.evidence.find { it.source == 'dependency-check' }.path == '../target/dependency-check-report.json'
    // README, LICENSE, CI configuration... live at the reactor root: the modules are not blamed for them
    assert json.evidence.find { it.source == 'repository' } == [source: 'repository', path: '., ..', status: 'READ',
            detail: '../README.md, ../LICENSE, ../SECURITY.md, ../CHANGELOG.md, ../.github/workflows found']
    assert json.categories.find { it.id == 'documentation' }.score == 100
}
// each module is judged on the aggregate's dependencies it uses (projectReferences), not on its neighbours'
def alpha = new JsonSlurper().parse(new File(basedir, 'alpha/target/readiness/readiness.json'))
assert alpha.findings == []
def beta = new JsonSlurper().parse(new File(basedir, 'beta/target/readiness/readiness.json'))
assert beta.findings.collect { [it.rule, it.severity, it.message] } == [['security.vulnerabilities', 'LOW',
        'CVE-2020-9488 in org.apache.logging.log4j:log4j-core 2.13.1 (used by beta:compile): LOW by CVSS v3 3.7']]
assert beta.findings[0].remediation.startsWith('Upgrade org.apache.logging.log4j:log4j-core 2.13.1 to 2.13.2 or later: fixes CVE-2020-9488.')
// (99 for the vulnerability + 100 for no hardcoded secret) / 2, rounded half up
assert beta.categories.find { it.id == 'security' }.score == 100
true
