import groovy.json.JsonSlurper

// issue 21: a Spring Boot 4 service with a health endpoint, graceful shutdown (the default since 3.4), Flyway, a
// metrics registry, tracing, JSON logs and only health, info and prometheus exposed passes every service rule;
// the kind and the reason are in the evidence table
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def service = json.evidence.find { it.source == 'service' }
assert service.status == 'READ'
assert service.detail ==~ /service: spring-boot-maven-plugin builds a Spring Boot application \(pom.xml:\d+\) \[Spring Boot\]/
assert json.evidence.find { it.source == 'application config' } == [source: 'application config',
        path: 'src/main/resources/application.properties', status: 'READ', detail: '4 settings']
def serviceRules = ['security.management-exposure', 'deployment.health', 'deployment.graceful-shutdown',
        'data.migrations', 'observability.metrics', 'observability.logging', 'observability.tracing']
assert json.rulesOff == []
// prometheus is exposed (HIGH, not blocking, without Spring Security); nothing else of the service rules fires
def findings = json.findings.findAll { it.rule in serviceRules }
assert findings.collect { [it.rule, it.severity, it.blocking] } == [['security.management-exposure', 'HIGH', false]]
assert findings[0].message == 'management.endpoints.web.exposure.include=health,info,prometheus exposes the endpoints' +
        ' prometheus over HTTP and no authentication layer is on the class path (no spring-boot-starter-security)'
assert json.categories.findAll { it.id in ['deployment', 'data', 'observability'] }.collect { [it.id, it.score] } ==
        [['deployment', 100], ['data', 100], ['observability', 100]]
assert json.verdict != 'NOT_READY'
true
