import groovy.json.JsonSlurper

// the report execution's <excludes> leave the untested Legacy class out of jacoco.xml, whose numbers alone say
// 100 %: the report is this build's (its sessions are jacoco.exec's), so it is read, and what it leaves out is a
// finding, HIGH because more lines are left out than measured (CONDITIONAL; the build passes)
def message = 'the coverage report leaves out 1 class with 14 executable lines (0 covered), e.g. it.readiness.Legacy:' +
        ' coverage is measured on 5 of 19 executable lines'
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-jacoco-xml-excludes-passes:1.0.0-SNAPSHOT: CONDITIONAL, score 92/100 (minimum\n'
        + '[INFO]   80)')
// the console wraps the finding at 110 characters with a hanging indent
assert log.contains('[INFO]   - [HIGH] coverage.evidence: the coverage report leaves out 1 class with 14 executable'
        + ' lines (0 covered),\n[INFO]     e.g. it.readiness.Legacy: coverage is measured on 5 of 19 executable lines')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'CONDITIONAL'
assert json.findings.findAll { it.rule.startsWith('coverage.') }.collect { [it.rule, it.severity, it.blocking, it.key, it.message] } ==
        [['coverage.evidence', 'HIGH', false, 'EXCLUDED', message]]
assert json.evidence.findAll { it.source == 'jacoco' } == [
        [source: 'jacoco', path: 'target/site/jacoco/jacoco.xml', status: 'READ',
         detail: 'leaves out 1 class with 14 executable lines (0 covered), e.g. it.readiness.Legacy'],
        [source: 'jacoco', path: 'target/jacoco.exec', status: 'READ',
         detail: 'already summarised in the newer target/site/jacoco/jacoco.xml']]
true
