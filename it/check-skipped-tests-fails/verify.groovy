import groovy.json.JsonSlurper

// first build: tests ran, READY; second build with -DskipTests finds only the first build's reports
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   1. [HIGH] coverage.evidence: not this build\'s evidence: this build skipped the tests (skipTests=true), so\n'
        + '[INFO]      coverage files in target/ are from an earlier run; run the build without -DskipTests')
assert log.contains('[INFO]   2. [HIGH] tests.evidence: not this build\'s evidence: this build skipped the tests (skipTests=true): reports\n'
        + '[INFO]      in target/surefire-reports are from an earlier run; run the build without -DskipTests')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
// coverage and tests have no usable evidence (N/A); the POM, repository and source checks still score
assert json.verdict == 'NOT_READY'
assert json.categories.findAll { it.id in ['test-coverage', 'tests'] }.every { it.score == null }
assert json.evidence.findAll { it.source in ['jacoco', 'surefire', 'failsafe'] }.every { it.status == 'NOT_RUN' }
// no dependency audit in this project: its own finding, not blocking by default
assert json.evidence.find { it.source == 'dependency-check' }.status == 'NOT_AVAILABLE'
true
