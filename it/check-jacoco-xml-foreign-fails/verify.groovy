import groovy.json.JsonSlurper

// the hand-edited jacoco.xml is newer than jacoco.exec and claims 100 %; its session is not the exec file's, so the
// exec file is measured instead (13.3 %) and the evidence says why: NOT_READY, as without the forged report
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-jacoco-xml-foreign-fails:1.0.0-SNAPSHOT: NOT_READY, score 66/100 (minimum 80)')
assert log.contains('[INFO]   2. [CRITICAL] coverage.line: line coverage is 13.3 %, but expected minimum is 80 % (2 of 15 lines covered;\n'
        + '[INFO]      10 more needed)')
assert log.contains('Readiness verdict is NOT_READY (score 66/100, minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.find { it.rule == 'coverage.line' }.measured == 0.1333
assert json.evidence.findAll { it.source == 'jacoco' } == [
        [source: 'jacoco', path: 'target/site/jacoco/jacoco.xml', status: 'INVALID',
         detail: 'target/site/jacoco/jacoco.xml names a session (ci-runner-4f2a1c) that target/jacoco.exec does not' +
                 ' hold: it is not the report of this build\'s test run; the exec files are analysed instead'],
        [source: 'jacoco', path: 'target/jacoco.exec', status: 'READ']]
true
