import groovy.json.JsonSlurper
import static java.util.regex.Pattern.quote

// 1: green with both agents; 2: -Xss640k drops the unit tests' agent, the old jacoco.exec stays (no clean);
// 3: clean build, coverage would come from the integration tests' jacoco-it.exec only
def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def breakOrSpace = '(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)'
def wrapping = { String regex -> regex.replaceAll(/(?s)\\Q(.*?)\\E/) { all, text ->
    '\\Q' + text.replace(' ', '\\E' + breakOrSpace + '\\Q') + '\\E' } }
def dropped = "[INFO]   1. [HIGH] coverage.evidence: unusable evidence: maven-surefire-plugin's <argLine>-Xss640k</argLine>" +
        " references neither @{argLine} nor -javaagent, so JaCoCo's agent (from jacoco-maven-plugin's prepare-agent)" +
        " is not attached and its tests run unmeasured; fix: <argLine>@{argLine} -Xss640k</argLine>;" +
        " coverage data comes only from target/jacoco-it.exec"
assert log.find(wrapping(quote(dropped + '; target/jacoco.exec is from an earlier run (written ') + /\d+/ + breakOrSpace
        + 's' + quote(' before this build started)')))
assert log.find(wrapping(quote(dropped + '\n')))
assert log.count('[INFO] BUILD SUCCESS') == 1 && log.count('[INFO] BUILD FAILURE') == 2

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.categories.find { it.id == 'test-coverage' }.score == null
def finding = json.findings.find { it.rule == 'coverage.evidence' }
assert finding.blocking && finding.remediation == 'Fix what the message names (it says how), then run mvn clean verify.'
// the unit tests ran in this build: their reports are read
assert json.evidence.find { it.source == 'surefire' }.status == 'READ'
assert json.evidence.find { it.source == 'failsafe' }.status == 'READ'
true
