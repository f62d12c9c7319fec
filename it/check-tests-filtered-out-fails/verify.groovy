import groovy.json.JsonSlurper
import static java.util.regex.Pattern.quote

// first build: tests ran; second build: -Dtest=NoSuchTest runs none, and the first build's files are what is left
def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def breakOrSpace = '(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)'
def wrapping = { String regex -> regex.replaceAll(/(?s)\\Q(.*?)\\E/) { all, text ->
    '\\Q' + text.replace(' ', '\\E' + breakOrSpace + '\\Q') + '\\E' } }
assert log.find(wrapping(quote('[INFO]   1. [HIGH] coverage.evidence: stale evidence: target/jacoco.exec was written ') + /\d+/ + breakOrSpace + 's'
        + quote(" before this build started, and this build's tests wrote no coverage data to it (no test ran, or the"
        + " tests ran without JaCoCo's agent), so it is from an earlier run; run mvn clean verify")))
assert log.find(wrapping(quote("[INFO]   2. [HIGH] tests.evidence: not this build's evidence:"
        + ' target/surefire-reports/TEST-it.readiness.CalculatorTest.xml was written ') + /\d+/ + breakOrSpace + 's'
        + quote(' before this build started: this build ran no test that reports there (skipped, or filtered out by'
        + ' -Dtest or the POM), so these reports are from an earlier run; run mvn clean verify')))
assert log.count('[INFO] BUILD SUCCESS') == 1 && log.count('[INFO] BUILD FAILURE') == 1

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.categories.findAll { it.id in ['test-coverage', 'tests'] }.every { it.score == null }
assert json.evidence.find { it.source == 'jacoco' && it.path == 'target/jacoco.exec' }.status == 'STALE'
assert json.evidence.find { it.source == 'surefire' }.status == 'NOT_RUN'
true
