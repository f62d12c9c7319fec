import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-jacoco-xml-passes:1.0.0-SNAPSHOT: READY, score 92/100 (minimum 80)')

// the fresh jacoco.xml is read; the exec file it summarises is not analysed again
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'READY'
assert json.evidence.find { it.path == 'target/site/jacoco/jacoco.xml' }.status == 'READ'
assert json.evidence.find { it.path == 'target/jacoco.exec' }.detail.startsWith('already summarised in the newer')
