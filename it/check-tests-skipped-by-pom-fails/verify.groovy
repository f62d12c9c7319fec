import groovy.json.JsonSlurper

// first build: tests ran; second build: the profile's <skipTests>true</skipTests> skips them, and only the first
// build's files are in target/ (no -DskipTests anywhere)
def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def logged = { String text -> (log =~ java.util.regex.Pattern.quote(text)
        .replace(' ', '\\E(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)\\Q')).find() }
def skipped = "this build skipped the tests (maven-surefire-plugin's <skipTests>true</skipTests> in execution default-test)"
def fix = "remove <skipTests> from maven-surefire-plugin's configuration in the POM (or set it to false) so the tests run"
assert logged("[INFO]   1. [HIGH] coverage.evidence: not this build's evidence: " + skipped
        + ", so coverage files in target/ are from an earlier run; " + fix)
assert logged("[INFO]   2. [HIGH] tests.evidence: not this build's evidence: " + skipped
        + ": reports in target/surefire-reports are from an earlier run; " + fix)
assert log.count('[INFO] BUILD SUCCESS') == 1 && log.count('[INFO] BUILD FAILURE') == 1

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.categories.findAll { it.id in ['test-coverage', 'tests'] }.every { it.score == null }
assert json.evidence.findAll { it.source in ['jacoco', 'surefire'] }.every { it.status == 'NOT_RUN' }
true
