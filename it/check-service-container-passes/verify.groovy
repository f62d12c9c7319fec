import groovy.json.JsonSlurper

// issue 21: the Spring Boot service of check-spring-boot-service-passes with a Dockerfile whose final stage runs as
// root, a Kubernetes Deployment without probes, a controller without an OpenAPI contract, an API key with a
// hardcoded fallback and a printStackTrace(). Every finding is reported and none blocks at the default levels (the
// gold preset would make USER root block): the build passes.
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def container = json.evidence.find { it.source == 'container' }
assert container == [source: 'container', path: 'Dockerfile', status: 'READ',
        detail: 'Dockerfile: 2 stages, final from eclipse-temurin:21-jre']
def kubernetes = json.evidence.find { it.source == 'kubernetes' }
assert kubernetes == [source: 'kubernetes', path: 'k8s/deployment.yaml', status: 'READ', detail: '1 workload']
def rules = ['deployment.container', 'deployment.kubernetes', 'deployment.health', 'config.credential-fallback',
        'observability.error-handling', 'docs.api-contract', 'security.secrets']
def findings = json.findings.findAll { it.rule in rules }
assert findings.collect { [it.rule, it.severity, it.blocking, it.location.file + ':' + it.location.line] }.sort() == [
        ['config.credential-fallback', 'HIGH', false, 'src/main/java/it/readiness/shop/PriceController.java:9'],
        ['deployment.container', 'HIGH', false, 'Dockerfile:11'],
        ['deployment.container', 'LOW', false, 'Dockerfile:9'],
        ['deployment.health', 'MEDIUM', false, 'k8s/deployment.yaml:1'],
        ['docs.api-contract', 'MEDIUM', false, 'src/main/java/it/readiness/shop/PriceController.java:7'],
        ['observability.error-handling', 'LOW', false, 'src/main/java/it/readiness/shop/PriceController.java:17'],
].sort()
assert findings.find { it.rule == 'deployment.container' && it.severity == 'HIGH' }.message ==
        'Dockerfile: the final stage runs as USER root'
assert findings.find { it.rule == 'deployment.health' }.message ==
        'Deployment shop, container shop: no readinessProbe and no livenessProbe (k8s/deployment.yaml:1): Kubernetes' +
        ' sends traffic to it before it is ready and never restarts it when it hangs'
assert findings.find { it.rule == 'config.credential-fallback' }.message ==
        'default value of placeholder for shop.api-key = ${shop.api-key:****} in' +
        ' src/main/java/it/readiness/shop/PriceController.java:9: the application runs with it when the variable is unset'
assert json.categories.find { it.id == 'deployment' }.score < 100
assert json.verdict != 'NOT_READY'
true
