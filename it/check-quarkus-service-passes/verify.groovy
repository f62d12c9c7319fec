import groovy.json.JsonSlurper

// issue 21: a Quarkus service is detected by its plugin, and passes the service rules it understands: health
// (SmallRye Health), graceful shutdown (quarkus.shutdown.timeout), metrics, JSON logs, tracing; the actuator-style
// exposure rule and the data rule are N/A (no such endpoints in Quarkus; no persistence)
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.evidence.find { it.source == 'service' }.detail ==~
        /service: quarkus-maven-plugin builds a Quarkus application \(pom.xml:\d+\) \[Quarkus\]/
def serviceRules = ['security.management-exposure', 'deployment.health', 'deployment.graceful-shutdown',
        'data.migrations', 'observability.metrics', 'observability.logging', 'observability.tracing']
assert !json.findings.any { it.rule in serviceRules }
assert json.categories.findAll { it.id in ['deployment', 'data', 'observability'] }.collect { [it.id, it.score] } ==
        [['deployment', 100], ['data', null], ['observability', 100]]
assert json.verdict != 'NOT_READY'
true
