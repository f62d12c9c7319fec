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
