import groovy.json.JsonSlurper
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

// the report's file is fresh, its scan is 120 days old: the age is judged by its own reportDate, against the
// default maxAuditAgeDays (30); dependencies.audit is WARN by default, so CONDITIONAL and the build passes
def report = new JsonSlurper().parse(new File(basedir, 'target/dependency-check-report.json'))
def scanned = Instant.parse(report.projectInfo.reportDate)
assert Duration.between(scanned, Instant.now()).toDays() == 120
def minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(scanned)
def message = 'stale dependency audit: target/dependency-check-report.json is 120 days old (scanned ' + minute +
        '; the policy allows 30)'

def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def logged = { String text -> (log =~ java.util.regex.Pattern.quote(text)
        .replace(' ', '\\E(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)\\Q')).find() }
assert logged('[INFO] Readiness of it.readiness:check-old-audit-passes:1.0.0-SNAPSHOT: CONDITIONAL, score 100/100 (minimum 80)')
assert logged('[INFO]   - [HIGH] dependencies.audit: ' + message)
assert logged('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'CONDITIONAL'
assert json.findings.collect { [it.rule, it.severity, it.blocking, it.key, it.message] } ==
        [['dependencies.audit', 'HIGH', false, 'STALE', message]]
assert json.evidence.find { it.source == 'dependency-check' } == [source: 'dependency-check',
        path: 'target/dependency-check-report.json', status: 'STALE',
        detail: '1 dependencies, 0 vulnerable; ' + message.substring('stale dependency audit: target/dependency-check-report.json '.length())]
true
