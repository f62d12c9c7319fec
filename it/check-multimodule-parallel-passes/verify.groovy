import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('[INFO] Readiness of it.readiness:alpha:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
assert log.contains('[INFO] Readiness of it.readiness:beta:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
// the aggregator has no code; it holds dependency-check's aggregate report, which it judges whole
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert root.verdict == 'READY'
assert root.findings.collect { it.key } == ['CVE-2020-9488 org.apache.logging.log4j:log4j-core']
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
