import groovy.json.JsonSlurper
import static java.util.regex.Pattern.quote

// 1: green; 2: target/classes deleted, then a standalone readiness:check: sources without classes are not "no code"
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   1. [HIGH] coverage.evidence: unusable evidence: no compiled classes in target/classes, but src/main/java has\n'
        + '[INFO]      sources and target/jacoco.exec has coverage data: the classes it describes are missing, so coverage\n'
        + '[INFO]      cannot be measured (deleted after the tests?); run mvn clean verify')
// standalone: earlier evidence is accepted, with its age
assert log.find(quote('[INFO] Evidence from an earlier build (this build did not run the tests): target/surefire-reports written ')
        + /\d+ s ago/)
assert log.count('[INFO] BUILD SUCCESS') == 1 && log.count('[INFO] BUILD FAILURE') == 1

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.categories.find { it.id == 'test-coverage' }.score == null
assert json.evidence.find { it.source == 'jacoco' && it.path == 'target/classes' }.status == 'INVALID'
true
