import groovy.json.JsonSlurper

// PMD and Checkstyle found three issues in Calculator.java: grouped per tool rule, located relative to the module
// (the tools write absolute paths), scored by density, never blocking
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   - [MEDIUM] quality.static-analysis: PMD OnlyOneReturn at src/main/java/it/readiness/Calculator.java:10: A\n'
        + '[INFO]     method should have only one exit point, and that should be the last statement in the method (priority 3)')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'READY'
def quality = json.findings.findAll { it.rule == 'quality.static-analysis' }
assert quality.collect { [it.key, it.severity, it.blocking, it.measured, it.location, it.effortMinutes] } == [
        ['PMD OnlyOneReturn', 'MEDIUM', false, 1, [file: 'src/main/java/it/readiness/Calculator.java', line: 10], 10],
        ['Checkstyle MissingJavadocMethod', 'LOW', false, 2,
         [file: 'src/main/java/it/readiness/Calculator.java', line: 5], 4]]
assert quality[1].message == 'Checkstyle MissingJavadocMethod at src/main/java/it/readiness/Calculator.java:5:' +
        ' Missing a Javadoc comment. (warning); 2 issues, the first is shown'
// 3 x MEDIUM + 2 x LOW = 5 weighted issues in a module of under 1,000 lines (one KLOC): 100 x 0.5^(5/20) = 84.1
assert json.categories.find { it.id == 'code-quality' }.score == 84
// the rest of the project is clean: no other finding
assert json.findings.size() == 2
assert json.evidence.find { it.source == 'pmd' } == [source: 'pmd', path: 'target/pmd.xml', status: 'READ',
        detail: '1 issue']
assert json.evidence.find { it.source == 'checkstyle' } == [source: 'checkstyle', path: 'target/checkstyle-result.xml',
        status: 'READ', detail: '2 issues']
assert json.evidence.find { it.source == 'spotbugs' }.status == 'NOT_APPLICABLE'
true
