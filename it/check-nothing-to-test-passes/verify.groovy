import groovy.json.JsonSlurper

// maven.test.skip in a module with nothing to test is not "skipping tests": coverage and tests are N/A, no blocker
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.categories.findAll { it.id in ['test-coverage', 'tests'] }.every { it.score == null }
assert !json.findings.any { it.blocking }
assert !json.findings.any { it.rule in ['coverage.evidence', 'tests.evidence'] }
assert json.evidence.find { it.source == 'jacoco' } == [source: 'jacoco', path: 'target/classes',
        status: 'NOT_APPLICABLE', detail: 'no compiled classes in target/classes']
assert json.evidence.find { it.source == 'surefire' }.status == 'NOT_APPLICABLE'
true
