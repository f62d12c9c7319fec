import groovy.json.JsonSlurper

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
assert log.contains('Readiness verdict is NOT_READY')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def security = json.findings.findAll { it.rule == 'security.scanners' }
// 7 java/sql-injection results at security-severity 8.8 (HIGH, blocking at blockingSeverity HIGH); 3 at 5.0-6.1
assert security.countBy { [it.severity, it.blocking] } == [['HIGH', true]: 7, ['MEDIUM', false]: 3]
def first = security[0]
assert first.key.startsWith('java/sql-injection src/com/ibm/security/appscan/altoromutual/')
assert first.message.startsWith('CodeQL java/sql-injection at src/com/ibm/security/appscan/altoromutual/')
assert first.message.endsWith('(HIGH by security-severity 8.8)')
assert first.location.file.startsWith('src/com/ibm/') && first.location.line > 0
assert log.contains(wrapped('INFO', '  1. [HIGH] security.scanners: ' + first.message, '     '))
assert json.evidence.find { it.source == 'sarif' } ==
        [source: 'sarif', path: 'codeql/java.sarif', status: 'READ', detail: 'CodeQL 2.11.0: 10 result(s)']
// every CodeQL result here is a security one: nothing left for code quality
assert json.categories.find { it.id == 'code-quality' }.score == 100
true
