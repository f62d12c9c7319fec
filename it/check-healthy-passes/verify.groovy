import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-healthy-passes:1.0.0-SNAPSHOT: READY, score 100/100 (minimum 80)')
assert log.contains('[INFO] Reports: target/readiness/readiness.json, target/readiness/readiness.md, target/readiness/readiness.sarif,\n'
        + '[INFO]   target/readiness/TEST-readiness.xml')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.schemaVersion == 1
assert json.tool.name == 'readiness-maven-plugin'
assert json.project == [groupId: 'it.readiness', artifactId: 'check-healthy-passes', version: '1.0.0-SNAPSHOT']
assert json.verdict == 'READY' && json.score == 100 && json.minScore == 80
// no SARIF scanner or static analysis report: code quality is shown, N/A, and left out of the score; the project
// is clean (README, LICENSE, SECURITY.md, CHANGELOG.md, CI, POM metadata, pinned plugins, documented keys)
assert json.categories.collect { [it.id, it.score] } == [['test-coverage', 100], ['tests', 100], ['security', 100],
        ['dependencies', 100], ['code-quality', null], ['documentation', 100], ['build-release', 100],
        ['configuration', 100], ['deployment', null], ['data', null], ['observability', null], ['performance', null]]
// a library (issue 21): the service categories are N/A, with no finding, and the evidence table says why
assert json.evidence.find { it.source == 'service' } == [source: 'service', path: 'pom.xml', status: 'READ',
        detail: 'library: packaging jar, no application plugin (spring-boot, quarkus, micronaut), no image build' +
                ' (jib, docker), no HTTP server starter']
assert json.findings == []
// nor are its deployment files looked for (no container or kubernetes line): the rules that read them are N/A
assert json.evidence.findAll { it.source in ['container', 'kubernetes'] } == []
assert json.evidence.find { it.source == 'jacoco' && it.path == 'target/jacoco.exec' }.status == 'READ'
assert json.evidence.find { it.source == 'surefire' }.status == 'READ'
assert json.evidence.find { it.source == 'dependency-check' } == [source: 'dependency-check',
        path: 'target/dependency-check-report.json', status: 'READ', detail: '1 dependencies, 0 vulnerable']
assert json.evidence.find { it.source == 'repository' } == [source: 'repository', path: '.', status: 'READ',
        detail: 'README.md, LICENSE, SECURITY.md, CHANGELOG.md, .github/workflows, .env.example found']
assert json.evidence.find { it.source == 'sources' } == [source: 'sources', path: 'src/main/java, src/main/resources',
        status: 'READ', detail: '2 files, 13 lines of code (src/main/java: 1, src/main/resources: 1)']
assert json.evidence.find { it.source == 'pom' }.status == 'READ'
// the measured numbers are in every output although no rule fired (issue 19)
def counters = [instruction: [14, 0], branch: [2, 0], line: [5, 0], complexity: [4, 0], method: [3, 0], class: [1, 0]]
assert json.measurements.coverage.source == 'jacoco.exec'
counters.each { name, counts ->
    assert json.measurements.coverage[name] == [covered: counts[0], missed: counts[1], ratio: 1]
}
assert json.measurements.tests.size() == 1
assert json.measurements.tests[0].subMap(['source', 'tests', 'passed', 'failures', 'errors', 'skipped', 'flaky']) ==
        [source: 'surefire', tests: 2, passed: 2, failures: 0, errors: 0, skipped: 0, flaky: 0]
assert json.rulesOff == []
assert log.contains('[INFO] Coverage (jacoco.exec; rounded down): line 100.00 % (5 of 5), branch 100.00 % (2 of 2)\n'
        + '[INFO]   instruction 100.00 % (14 of 14), complexity 100.00 % (4 of 4)\n'
        + '[INFO]   method 100.00 % (3 of 3), class 100.00 % (1 of 1)')
assert log =~ /\[INFO\] Tests \(surefire\): 2 tests, 2 passed, 0 failures, 0 errors, 0 skipped, 0 flaky, \d+\.\d{3} s/
def md = new File(basedir, 'target/readiness/readiness.md').text
assert md.contains('**READY**: score 100/100 (minimum 80), 0 blockers.\n')
assert md.contains('| Line | 5 | 0 | 5 | 100.00 % |') && md.contains('| Class | 1 | 0 | 1 | 100.00 % |')
assert md =~ /\| surefire \| 2 \| 2 \| 0 \| 0 \| 0 \| 0 \| \d+\.\d{3} s \|/
true
