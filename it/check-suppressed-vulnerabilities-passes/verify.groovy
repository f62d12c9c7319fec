import groovy.json.JsonSlurper

// a real dependency-check 6.0.2 XML report: log4j 1.2.17 with CVE-2019-17571 (CVSS v3 9.8) and CVE-2020-9488, both
// suppressed, the critical one without <notes>
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:openls-databinding:1.0.0-SNAPSHOT: READY, score 92/100 (minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'READY'
// the other findings are the sample's missing README, LICENSE... (documentation)
def security = json.findings.findAll { it.category == 'security' }
assert json.findings.findAll { it.category != 'documentation' } == security
assert security.collect { [it.rule, it.severity, it.blocking, it.key] } == [
        ['security.suppressions', 'MEDIUM', false, 'CVE-2019-17571 log4j:log4j'],
        ['security.vulnerabilities', 'INFO', false, 'CVE-2019-17571 log4j:log4j'],
        ['security.vulnerabilities', 'INFO', false, 'CVE-2020-9488 log4j:log4j']]
assert security[0].message == 'suppressed without a justification: CVE-2019-17571 in log4j:log4j 1.2.17 (CRITICAL by CVSS v3 9.8)'
assert security[1].message == 'suppressed: CVE-2019-17571 in log4j:log4j 1.2.17 (CRITICAL by CVSS v3 9.8): no justification given'
assert security[2].message == 'suppressed: CVE-2020-9488 in log4j:log4j 1.2.17 (MEDIUM by CVSS v2 4.3): no justification given'
assert json.categories.find { it.id == 'security' }.score == 100
assert json.categories.find { it.id == 'dependencies' }.score == 100
assert json.evidence.find { it.source == 'dependency-check' }.detail == '1 dependencies, 1 vulnerable'
true
