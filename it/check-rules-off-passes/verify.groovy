import groovy.json.JsonSlurper

// a policy that turns every rule OFF with minScore 0 can block nothing: not READY with no word, but a
// non-blocking HIGH finding (verdict CONDITIONAL), and the rules turned off named in every output
def log = new File(basedir, 'build.log').text
// every built-in rule is listed OFF in readiness.yaml: a new rule must be added there
int off = new File(basedir, 'readiness.yaml').readLines().count { it ==~ /  [a-z.-]+: \{level: OFF\}/ }
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def logged = { text -> (log =~ java.util.regex.Pattern.quote(text.toString())
        .replace(' ', '\\E(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)\\Q')).find() }
assert logged('[INFO] Readiness of it.readiness:check-rules-off-passes:1.0.0-SNAPSHOT: CONDITIONAL, score n/a (minimum 0)')
assert logged("[INFO] Rules turned OFF by the policy (${off}): coverage.evidence, coverage.line, coverage.branch,")
assert logged('[HIGH] policy.gate: the policy can block nothing: minScore is 0, no rule is at level ERROR and'
        + " no maturity level is required (all ${off} rules are OFF)")

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'CONDITIONAL' && json.score == null
assert json.rulesOff.size() == off && json.rulesOff[0] == 'coverage.evidence'
assert json.findings.collect { [it.rule, it.severity, it.blocking, it.key] } == [
        ['policy.gate', 'HIGH', false, 'cannot-block'], ['policy.gate', 'LOW', false, 'no-score']]
// the numbers are measured even though no rule judges them
assert json.measurements.coverage.line.covered > 0
assert json.measurements.tests.collect { it.source } == ['surefire']

def md = new File(basedir, 'target/readiness/readiness.md').text
assert md.contains("Rules turned OFF by the policy (${off}): `coverage.evidence`, `coverage.line`")
def junit = new File(basedir, 'target/readiness/TEST-readiness.xml').text
assert junit.contains('<testcase classname="readiness.off" name="coverage.line" time="0">')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.sarif'))
assert sarif.runs[0].properties.rulesOff.size() == off
assert sarif.runs[0].results.collect { it.ruleId } == ['policy.gate', 'policy.gate']
true
