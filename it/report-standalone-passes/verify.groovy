import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// first report: no check ran yet, so it evaluates; then check writes readiness.json, and the second report reuses it
def evaluating = '[INFO] Evaluating: no target/readiness/readiness.json with its readiness.stamp from readiness:check' +
        ' (run check before the report to reuse its result)'
def reused = '[INFO] Report from target/readiness/readiness.json written by check'
assert log.contains(evaluating)
assert log.contains(reused)
assert log.indexOf(evaluating) < log.indexOf('readiness-maven-plugin:0.1.0-SNAPSHOT:check')
assert log.indexOf('readiness-maven-plugin:0.1.0-SNAPSHOT:check') < log.indexOf(reused)

// standalone, the page goes where mvn site puts it, not to target/reports
def page = new File(basedir, 'target/site/readiness.html')
assert page.isFile()
assert !new File(basedir, 'target/reports/readiness.html').exists()
def html = page.text
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def verdict = json.verdict == 'NOT_READY' ? 'NOT READY' : json.verdict
assert html =~ "<td>${verdict}</td>\\s*<td>${json.score}/100</td>\\s*<td>80</td>"
def svg = (html =~ /(?s)<svg .*?<\/svg>/)[0]
assert new groovy.xml.XmlSlurper().parseText(svg).name() == 'svg'
assert html =~ /<h2[^>]*>Remediation roadmap<\/h2>/
true
