import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert new File(basedir, 'target/readiness/readiness.stamp').isFile()
// check ran in verify; the site's report renders its readiness.json instead of evaluating again
assert log.contains('[INFO] Report from target/readiness/readiness.json written by check')
assert !log.contains('Evaluating:')

def page = new File(basedir, 'target/site/readiness.html')
assert page.isFile()
assert new File(basedir, 'target/site/project-reports.html').text =~ /<a href="readiness.html"[^>]*>Production Readiness<\/a>/
def html = page.text
assert html.contains('<h1>Production Readiness: Calculator 1.0.0-SNAPSHOT</h1>') || html =~ /<h1[^>]*>Production Readiness: Calculator 1.0.0-SNAPSHOT<\/h1>/
// the page says what readiness.json says
def verdict = json.verdict == 'NOT_READY' ? 'NOT READY' : json.verdict
assert html =~ "<td>${verdict}</td>\\s*<td>${json.score}/100</td>\\s*<td>80</td>"
// the chart: inline SVG, accessible, one bar per category, N/A shown as N/A
def svg = (html =~ /(?s)<svg .*?<\/svg>/)[0]
assert svg.contains('role="img"') && svg.contains('<title id="readiness-chart-title">Score ' + json.score + ' of 100')
assert (svg =~ /<g class="category">/).count == json.categories.size()
assert !svg.contains('<script')
def xml = new groovy.xml.XmlSlurper().parseText(svg) // well-formed
assert xml.name() == 'svg'
json.categories.each { c ->
    assert html =~ "<td>${c.name}</td>\\s*<td>${c.score == null ? 'N/A' : c.score}</td>\\s*<td>${c.weight}</td>"
}
['Verdict', 'Categories', 'Blockers', 'Other findings', 'Remediation roadmap', 'Evidence used', 'Policy in force',
 'How the score is computed'].each { title ->
    assert html =~ "<h2[^>]*>${title}</h2>" : title
}
json.findings.each { f -> assert html.contains("<td>${f.rule}</td>") : f.rule }
assert html =~ /<td>jacoco<\/td>\s*<td>target\/jacoco.exec<\/td>\s*<td>this build<\/td>\s*<td>READ<\/td>/
assert html =~ /<td>minScore<\/td>\s*<td>80<\/td>\s*<td>built-in default<\/td>/
true
