import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the modules loaded the plugin in three class realms; they shared JDK values only, so no cast failed
assert !log.contains('cannot be cast')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
// the summary line wraps at 110 characters with a hanging indent
def line = '[INFO] Reactor readiness of it.readiness:check-reactor-class-realms-passes:1.0.0-SNAPSHOT: CONDITIONAL,' +
        ' score 100/100\n[INFO]   (minimum 80), 3 of 3 modules checked'
assert log.count(line) == 2
def root = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert root.modules.collect { [it.module, it.path, it.status, it.verdict] } == [
        ['check-reactor-class-realms-passes', '.', 'checked', 'READY'],
        ['extended', 'extended', 'checked', 'CONDITIONAL'],
        ['own-repository', 'own-repository', 'checked', 'CONDITIONAL']]
// the same non-blocking finding of both modules is one reactor finding naming them
assert root.findings.collect { [it.module, it.rule] } == [['extended, own-repository', 'dependencies.audit']]
assert root.reactor.aggregatedCoverage.coverage.line == [covered: 10, missed: 0, ratio: 1]
// the module results were read back from their files; the root's own are replaced by the reactor's
assert new File(basedir, 'extended/target/readiness/readiness-module.json').isFile()
assert !new File(basedir, 'target/readiness/readiness-module.json').exists()
// two threads give the serial build's bytes, whichever module completed the reactor, apart from the test durations
// each build measured (JSON timeSeconds, the Markdown Time column, JUnit times)
def untimed = { file -> file.text.replaceAll(/"timeSeconds": [0-9.]+/, 't').replaceAll(/\| [0-9.]+ s \|/, '| t |')
        .replaceAll(/time="[0-9.]+"/, 't') }
['readiness.json', 'readiness.md', 'readiness.sarif', 'TEST-readiness.xml'].each { file ->
    assert untimed(new File(basedir, 'target/readiness-parallel/' + file)) == untimed(new File(basedir,
            'target/readiness/' + file))
}
true
