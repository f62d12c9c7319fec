import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('[INFO] Readiness of it.readiness:alpha:1.0.0: READY, score 100/100 (minimum 80)')
assert log.contains('[INFO] Readiness of it.readiness:beta:1.0.0: READY, score 100/100 (minimum 80)')
// the aggregator has no code: nothing to measure, nothing blocks
assert log.contains('[INFO] Readiness of it.readiness:check-multimodule-parallel-passes:1.0.0: READY, score n/a (minimum 80)')
['alpha', 'beta'].each { module ->
    def json = new JsonSlurper().parse(new File(basedir, module + '/target/readiness/readiness.json'))
    assert json.project.artifactId == module && json.verdict == 'READY' && json.score == 100
}
true
