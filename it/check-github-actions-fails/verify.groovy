import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
// every file written, JSON too although readiness.formats leaves it out
assert log.contains('[INFO] Reports: target/readiness/readiness.json, target/readiness/readiness.md, target/readiness/readiness.sarif,\n'
        + '[INFO]   target/readiness/TEST-readiness.xml')
assert log.contains('[INFO] Readiness summary appended to the GitHub job summary (GITHUB_STEP_SUMMARY)')

// workflow commands start the line: no [INFO] in front, or the runner ignores them
def errors = lines.findAll { it.startsWith('::error ') }
assert errors.size() == 2
assert errors[0].startsWith('::error title=Readiness blocker%3A security.vulnerabilities::[CRITICAL] CVE-2021-44228 in'
        + ' org.apache.logging.log4j:log4j-core 2.14.1 (used by check-github-actions-fails:compile): CRITICAL by CVSS v3'
        + ' 10.0, known exploited (CISA KEV)%0AFix (~1 h): Upgrade org.apache.logging.log4j:log4j-core 2.14.1 to 2.16.0')
assert lines.findAll { it.startsWith('::warning ') } == ['::warning file=src/main/resources/application.properties,'
        + 'line=2,title=Readiness HIGH%3A security.secrets::[HIGH] well-known default credential'
        + ' spring.datasource.password = **** hardcoded in src/main/resources/application.properties:2%0AFix (~15 min):'
        + ' Remove the secret from the code and rotate it (it stays in the version control history); read it from the'
        + ' environment or a secret store instead, e.g. a ${ENV_VAR} placeholder.']
assert !lines.any { it.contains('] ::') }

// appended below what an earlier step wrote
def summary = new File(basedir, 'step-summary.md').text
assert summary.startsWith('# Build\n\nearlier step\n## :x: Production readiness of'
        + ' it.readiness:check-github-actions-fails:1.0.0-SNAPSHOT: NOT_READY\n')
assert summary.contains('\n**NOT_READY**: score 73/100 (minimum 80), 2 blockers, estimated effort ~6 h.\n')
assert summary.contains('### Blockers (2)\n\n1. **')
assert !summary.contains('| Severity |') // findings as numbered items, as in readiness.md
assert summary.endsWith('Full report: `target/readiness/readiness.md`.\n\n')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def sarif = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'readiness-maven-plugin'
assert run.results.size() == json.findings.size()
def secret = run.results.find { it.ruleId == 'security.secrets' }
assert secret.level == 'error' // HIGH
assert secret.locations[0].physicalLocation.artifactLocation ==
        [uri: 'src/main/resources/application.properties', uriBaseId: '%SRCROOT%']
assert secret.locations[0].physicalLocation.region.startLine == 2
assert secret.properties['security-severity'] == '7.5'
def vulnerabilities = run.tool.driver.rules.find { it.id == 'security.vulnerabilities' }
assert vulnerabilities.properties['security-severity'] == '9.5' // CRITICAL

// parsed with the JDK's parser (the invoker's Groovy has no XmlSlurper), as a CI's test-report reader would
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/readiness/TEST-readiness.xml')).documentElement
def cases = suite.getElementsByTagName('testcase')
assert suite.getAttribute('name') == 'readiness'
assert cases.length == (suite.getAttribute('tests') as int)
assert (0..<cases.length).collect { cases.item(it) }.findAll { it.getElementsByTagName('failure').length > 0 }
        .collect { it.getAttribute('name') } == ['verdict', 'security.vulnerabilities']
assert suite.getAttribute('failures') == '2'
true
