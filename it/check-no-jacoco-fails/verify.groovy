import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   1. [HIGH] coverage.evidence: no coverage data: neither target/jacoco.exec nor target/site/jacoco/jacoco.xml\n'
        + '[INFO]      exists; add jacoco-maven-plugin\'s prepare-agent goal and run mvn verify:\n'
        + '[INFO]      <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId>\n'
        + '[INFO]      <version>0.8.15</version><executions><execution><goals><goal>prepare-agent</goal></goals></execution>\n'
        + '[INFO]      </executions></plugin> (if surefire sets <argLine>, it must include @{argLine})')
assert log.contains('Readiness verdict is NOT_READY')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.categories.find { it.id == 'test-coverage' }.score == null
assert json.evidence.find { it.source == 'jacoco' }.status == 'NOT_AVAILABLE'

// readiness.md: the POM snippet of the message and of its fix is one fenced block, under the fix, with raw <
def md = new File(basedir, 'target/readiness/readiness.md').text
assert md.contains('1. **HIGH** `coverage.evidence`: no coverage data: neither target/jacoco.exec nor')
assert md.contains('run mvn verify: the snippet below (if surefire sets `<argLine>`, it must include @{argLine})\n')
assert md.count('       <artifactId>jacoco-maven-plugin</artifactId>\n') == 1
assert !md.contains('&lt;')
