import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-report-only-passes:1.0.0-SNAPSHOT: NOT_READY, score 66/100 (minimum 80)')
assert log.contains('[WARNING] Verdict is NOT_READY, but readiness.failOnNotReady=false: the build is not failed.')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.count { it.blocking } == 2
assert new File(basedir, 'target/readiness/readiness.md').text.startsWith('# Production readiness: check-report-only-passes 1.0.0-SNAPSHOT')
