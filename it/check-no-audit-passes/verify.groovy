import groovy.json.JsonSlurper

// no dependency-check report: a HIGH finding with the snippet that produces one, not blocking by default (the audit
// needs the NVD online, which a build may not reach)
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-no-audit-passes:1.0.0-SNAPSHOT: CONDITIONAL, score 91/100 (minimum 80)')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'CONDITIONAL'
// the other findings are the sample's missing README, LICENSE... (documentation), never blocking
assert json.findings.findAll { it.category != 'documentation' }.size() == 1
assert json.findings.every { !it.blocking }
def audit = json.findings[0]
assert [audit.rule, audit.category, audit.severity, audit.blocking] == ['dependencies.audit', 'dependencies', 'HIGH', false]
assert audit.message == 'no dependency audit: no dependency-check report (looked for target/dependency-check-report.json,' +
        ' target/dependency-check-report.xml, target/dependency-check-report.sarif)'
assert audit.remediation.contains('<artifactId>dependency-check-maven</artifactId>')
// no vulnerability evidence; the security score is the secrets scan's alone
assert json.categories.find { it.id == 'security' }.score == 100
assert json.evidence.find { it.source == 'dependency-check' }.status == 'NOT_AVAILABLE'
true
