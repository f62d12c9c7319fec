import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-healthy-passes:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
assert log.contains('[INFO] Reports: target/readiness/readiness.json, target/readiness/readiness.md, target/readiness/readiness.sarif, target/readiness/TEST-readiness.xml')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.schemaVersion == 1
assert json.tool.name == 'readiness-maven-plugin'
assert json.project == [groupId: 'it.readiness', artifactId: 'check-healthy-passes', version: '1.0.0-SNAPSHOT']
assert json.verdict == 'READY' && json.score == 100 && json.minScore == 80
// no SARIF scanner or static analysis report: code quality is shown, N/A, and left out of the score; the project
// is clean (README, LICENSE, SECURITY.md, CHANGELOG.md, CI, POM metadata, pinned plugins, documented keys)
assert json.categories.collect { [it.id, it.score] } == [['test-coverage', 100], ['tests', 100], ['security', 100],
        ['dependencies', 100], ['code-quality', null], ['documentation', 100], ['build-release', 100],
        ['configuration', 100]]
assert json.findings == []
assert json.evidence.find { it.source == 'jacoco' && it.path == 'target/jacoco.exec' }.status == 'READ'
assert json.evidence.find { it.source == 'surefire' }.status == 'READ'
assert json.evidence.find { it.source == 'dependency-check' } == [source: 'dependency-check',
        path: 'target/dependency-check-report.json', status: 'READ', detail: '1 dependencies, 0 vulnerable']
assert json.evidence.find { it.source == 'repository' } == [source: 'repository', path: '.', status: 'READ',
        detail: 'README.md, LICENSE, SECURITY.md, CHANGELOG.md, .github/workflows, .env.example found']
assert json.evidence.find { it.source == 'sources' } == [source: 'sources', path: 'src/main/java, src/main/resources',
        status: 'READ', detail: '2 files, 13 lines of code (src/main/java: 1, src/main/resources: 1)']
assert json.evidence.find { it.source == 'pom' }.status == 'READ'
assert new File(basedir, 'target/readiness/readiness.md').text.contains('| **READY** | 100/100 | 80 | 0 | - |')
true
