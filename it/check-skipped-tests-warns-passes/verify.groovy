import groovy.json.JsonSlurper

// -DskipTests outside CI: not judged, never READY, but the developer's build passes (onSkippedTests=AUTO)
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] This build skipped its tests (skipTests=true): it is not judged and its verdict is never"
        + " READY, but onSkippedTests=AUTO (not on a CI server) does not fail it; run the tests for a verdict")
assert log.contains('[INFO]   1. [HIGH] coverage.evidence: not this build\'s evidence: this build skipped the tests (skipTests=true), so\n'
        + '[INFO]      coverage files in target/ are from an earlier run; run the build without -DskipTests')
assert log.contains('[WARNING] Verdict is NOT_READY, but this build skipped its tests (readiness.onSkippedTests):'
        + ' the build is not failed.')
assert log.count('[INFO] BUILD SUCCESS') == 2 && !log.contains('BUILD FAILURE')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.evidence.findAll { it.source in ['jacoco', 'surefire'] }.every { it.status == 'NOT_RUN' }
true
