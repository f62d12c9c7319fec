import groovy.json.JsonSlurper

// dependency-check's SARIF marks CVE-2020-11023 as CISA KEV only in the rule's descriptions: it blocks although its
// CVSS v3 score is 6.1 (MEDIUM), as the same vulnerability does from the JSON report's knownExploitedVulnerability
def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def logged = { String text -> (log =~ java.util.regex.Pattern.quote(text)
        .replace(' ', '\\E(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)\\Q')).find() }
def first = 'CVE-2020-11023 in jquery (javascript) 2.2.3.min: MEDIUM by CVSS v3 6.1, known exploited (CISA KEV)'
def second = 'CVE-2020-11023 in jquery (javascript) 3.2.1: MEDIUM by CVSS v3 6.1, known exploited (CISA KEV)'
assert logged('[INFO]   1. [MEDIUM] security.vulnerabilities: ' + first)
assert logged('[INFO]   2. [MEDIUM] security.vulnerabilities: ' + second)
assert logged('Readiness verdict is NOT_READY')
assert !log.contains('\tat ')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.findAll { it.rule == 'security.vulnerabilities' }.collect { [it.severity, it.blocking, it.message] } ==
        [['MEDIUM', true, first], ['MEDIUM', true, second]]
assert json.evidence.find { it.source == 'dependency-check' }.path == 'target/dependency-check-report.sarif'
true
