import groovy.json.JsonSlurper

// the project's own policy gives CONDITIONAL (no dependency audit: a WARN rule); silver makes the audit an ERROR, so
// the project stands at bronze, below the required silver: the gate fails and says what silver needs
def log = new File(basedir, 'build.log').text
def needs = 'dependencies.audit: no dependency audit: no dependency-check report (looked for' +
        ' target/dependency-check-report.json, target/dependency-check-report.xml, target/dependency-check-report.sarif)'
// what silver needs is the audit finding the summary lists already: named once, not repeated in the reason
assert log.contains('[INFO] Maturity level: Bronze (required: Silver); Silver needs the findings below\n')
assert log.contains('[INFO] To reach READY: maturity level bronze is below the required silver\n')
assert log.contains('Readiness verdict is NOT_READY')
assert !log.contains('\tat ')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.maturity == [level: 'bronze', next: 'silver', missingForNext: [needs], required: 'silver']
// a level is a verdict reason, not a finding: nothing blocks in the project's own policy
assert json.findings.every { !it.blocking }
true
