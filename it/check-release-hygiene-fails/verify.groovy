import groovy.json.JsonSlurper

// a release with a SNAPSHOT dependency, an AWS key in its resources and an undocumented environment variable:
// each is named with file:line, the secret only masked
def log = new File(basedir, 'build.log').text
// the summary wraps at 110 characters with a hanging indent (ConsoleText.wrap): the log lines of one entry
def wrapped = { String level, String text, String indent ->
    def lines = []
    def rest = text
    def prefix = ''
    while ((prefix + rest).length() > 110) {
        int cut = rest.lastIndexOf(' ', 110 - prefix.length())
        if (cut <= 0) {
            cut = rest.indexOf(' ', 110 - prefix.length())
            if (cut < 0) break
        }
        lines << prefix + rest.substring(0, cut).replaceAll(/\s+$/, '')
        rest = rest.substring(cut + 1).replaceAll(/^\s+/, '')
        prefix = indent
    }
    lines << prefix + rest
    lines.collect { "[$level] $it" }.join('\n')
}
def version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml')).dependencies.dependency[0].version.text()
def snapshot = 'build.snapshot-dependencies: release 1.0.0 depends on SNAPSHOT io.github.readiness:readiness-rules:' +
        version + ' (pom.xml:21)'
def secret = 'security.secrets: AWS access key id AKIA**************** hardcoded in' +
        ' src/main/resources/application.properties:2'
def config = 'config.undocumented-keys: environment variable PAYMENT_API_TOKEN is read at' +
        ' src/main/java/it/readiness/PaymentClient.java:12 but is missing from .env.example'
assert log.contains(wrapped('INFO', '  2. [CRITICAL] ' + snapshot, '     '))
assert log.contains(wrapped('INFO', '  3. [CRITICAL] ' + secret, '     '))
assert log.contains(wrapped('INFO', '  - [MEDIUM] ' + config, '    '))
assert log.contains('[ERROR] ') && !log.contains('[ERROR]   3. [CRITICAL] ') // listed once, in the summary
// the plugin under test is itself a SNAPSHOT, inherited from the parent POM in the local repository
assert log.contains('[INFO]   1. [CRITICAL] build.snapshot-dependencies: release 1.0.0 builds with SNAPSHOT plugin\n' +
        '[INFO]      io.github.readiness:readiness-maven-plugin:' + version + ' (it.readiness:it-parent:1.0.0:')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
def aws = json.findings.find { it.rule == 'security.secrets' }
assert [aws.category, aws.severity, aws.blocking] == ['security', 'CRITICAL', true]
assert aws.location == [file: 'src/main/resources/application.properties', line: 2]
assert aws.key ==~ /src\/main\/resources\/application\.properties [0-9a-f]{12}/
def env = json.findings.find { it.rule == 'config.undocumented-keys' }
assert [env.category, env.severity, env.blocking, env.key] == ['configuration', 'MEDIUM', false, 'PAYMENT_API_TOKEN']
assert env.location == [file: 'src/main/java/it/readiness/PaymentClient.java', line: 12]
def dep = json.findings.find { it.rule == 'build.snapshot-dependencies' && it.key == 'io.github.readiness:readiness-rules' }
assert [dep.category, dep.blocking, dep.location] == ['build-release', true, [file: 'pom.xml', line: 21]]
// PAYMENT_BASE_URL is read through a placeholder and documented in .env.example: no finding
assert !json.findings.any { it.key == 'PAYMENT_BASE_URL' }

// the key itself appears nowhere: not in the log, the JSON or the Markdown report
def raw = 'AKIAQ3EGRT7JWXLPN4ZB'
assert !log.contains(raw)
assert !new File(basedir, 'target/readiness/readiness.json').text.contains(raw)
def markdown = new File(basedir, 'target/readiness/readiness.md').text
assert !markdown.contains(raw)
assert markdown.contains('AKIA****************')
// what bronze needs is the blockers listed below: named once, under Blockers
assert markdown.contains('Maturity level: Stone. Bronze needs the findings below')
assert !markdown.contains('- build.snapshot-dependencies: release 1.0.0 depends on SNAPSHOT')
assert !log.contains('\tat ')
true
