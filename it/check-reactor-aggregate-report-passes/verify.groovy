import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def xml = new XmlSlurper(false, false, true)
xml.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
def report = xml.parse(new File(basedir, 'coverage/target/site/jacoco-aggregate/jacoco.xml'))
def xmlLine = report.counter.find { it.@type == 'LINE' } // the report's own counters, not a package's
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def aggregate = root.reactor.aggregatedCoverage
// the report-aggregate is read as it is: its numbers, not the modules' counters added to it or summed
assert aggregate.source == 'coverage/target/site/jacoco-aggregate/jacoco.xml'
assert aggregate.coverage.line.covered == xmlLine.@covered.toInteger()
assert aggregate.coverage.line.missed == xmlLine.@missed.toInteger()
assert aggregate.coverage.line.missed == 0 // beta's tests cover the rest of alpha
def alpha = root.modules.find { it.module == 'alpha' }
def beta = root.modules.find { it.module == 'beta' }
assert alpha.coverage.line.missed > 0 // alone, alpha is below the bar...
assert aggregate.coverage.line.covered == (alpha.coverage.line.covered + alpha.coverage.line.missed
        + beta.coverage.line.covered)
// ...which under scope aggregate reports without blocking; the aggregate passes
assert alpha.verdict == 'CONDITIONAL' && root.verdict == 'CONDITIONAL'
assert root.evidence.collect { [it.source, it.path, it.status] } == [
        ['jacoco-aggregate', 'coverage/target/site/jacoco-aggregate/jacoco.xml', 'READ']]
assert root.modules.find { it.module == 'coverage' }.coverage == [:] // the aggregator module counts no lines
assert log.contains('[INFO] Aggregated coverage (coverage/target/site/jacoco-aggregate/jacoco.xml, scope aggregate):'
        + ' line 100.0 %')
true
