import groovy.json.JsonSlurper

// issue 21: exposure * without Spring Security is the one service finding that blocks by default
def log = new File(basedir, 'build.log').text
// the console wraps lines at 110 characters with a hanging indent: there a line break stands for a space
def logged = { String text -> (log =~ java.util.regex.Pattern.quote(text)
        .replace(' ', '\\E(?: |\\n\\[(?:INFO|WARNING|ERROR)\\] +)\\Q')).find() }
def expected = 'management.endpoints.web.exposure.include=* exposes every actuator endpoint (env, heapdump, loggers,' +
        ' ...) over HTTP and no authentication layer is on the class path (no spring-boot-starter-security)'
assert logged('[CRITICAL] security.management-exposure: ' + expected)
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
def exposure = json.findings.findAll { it.rule == 'security.management-exposure' }
assert exposure.size() == 1
assert exposure[0].subMap(['severity', 'blocking', 'key', 'message']) == [severity: 'CRITICAL', blocking: true,
        key: 'management.endpoints.web.exposure.include', message: expected]
assert exposure[0].location == [file: 'src/main/resources/application.properties', line: 4]
// the other service rules still pass
assert !json.findings.any { it.rule in ['deployment.health', 'data.migrations', 'observability.metrics'] }
true
