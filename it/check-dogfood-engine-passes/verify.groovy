import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Dogfood (issue 17): the engine's own sources, classes, JaCoCo data and Surefire reports from the reactor's build,
// judged by the plugin built in the same reactor. No fixed number: the totals are recomputed from that evidence.
def root = new File(basedir, '../../../..').canonicalFile
def engineTarget = new File(root, 'readiness-rules/target')
def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.project.artifactId == 'readiness-rules-dogfood'
assert json.verdict == 'READY' : 'the gate on its own engine says ' + json.verdict + ': ' +
        json.findings.collect { it.rule + ' ' + it.severity + ': ' + it.message }.join('; ')
assert !json.findings.any { it.blocking || it.severity in ['CRITICAL', 'HIGH'] }
assert json.rulesOff == ['dependencies.audit']
assert log.contains("[INFO] Readiness of io.github.readiness:readiness-rules-dogfood:${json.project.version}: READY, score ${json.score}/100")

// the test total is the sum of the Surefire XML files the reactor's build of the engine wrote
def reports = new File(engineTarget, 'surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
def suites = reports.collect { new XmlSlurper().parse(it) }
def sum = { attr -> suites.sum { it."@${attr}".toString().toInteger() } }
def tests = json.measurements.tests.find { it.source == 'surefire' }
assert reports.size() > 0 && tests.tests == sum('tests') && tests.failures == 0 && tests.errors == 0
assert tests.skipped == sum('skipped') && tests.passed == sum('tests') - sum('skipped')
assert json.evidence.find { it.source == 'surefire' }.detail == "${reports.size()} reports"

// coverage from the engine's jacoco.exec over its classes, at or above the default thresholds
def coverage = json.measurements.coverage
assert coverage.source == 'jacoco.exec'
assert json.evidence.find { it.source == 'jacoco' && it.path.endsWith('readiness-rules/target/jacoco.exec') }.status == 'READ'
['line': 0.8, 'branch': 0.7].each { name, minimum ->
    def c = coverage[name]
    assert c.covered > 0 && c.ratio >= minimum
    assert c.ratio == Math.floor(10000.0 * c.covered / (c.covered + c.missed)) / 10000
}
assert log =~ /\[INFO\] Coverage \(jacoco\.exec; rounded down\): line \d+\.\d\d % \(${coverage.line.covered} of ${coverage.line.covered + coverage.line.missed}\)/

// the sources judged are the engine's own, and this POM declares the engine's dependencies, no more, no fewer
assert json.evidence.find { it.source == 'sources' }.path.startsWith('../../../../readiness-rules/src/main/java')
def dependencies = { pom -> new XmlSlurper().parse(pom).dependencies.dependency.collect {
    "${it.groupId}:${it.artifactId}:${it.scope}" } }
assert dependencies(new File(basedir, 'pom.xml')) == dependencies(new File(root, 'readiness-rules/pom.xml'))

// the README states what the gate says about the project: keep it true
def readme = new File(root, 'README.md').text
assert readme.contains("**${json.verdict}, score ${json.score}/100**") :
        "README.md: update the dogfood line to **${json.verdict}, score ${json.score}/100**"
true
