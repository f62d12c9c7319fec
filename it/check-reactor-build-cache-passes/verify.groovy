def log = new File(basedir, 'build.log').text
// run 2 restored every module, run 3 the root and alpha (beta's source changed): their tests did not run again...
assert log.count('Skipping plugin execution (cached): surefire:test') == 3
assert log.count(' -- in it.readiness.') == 2 + 1 + 2 // test classes run: runs 1 and 4 both, run 3 beta's
// ...and their check kept the verdict of the build that was cached
assert log.count('[INFO] Restored from the build cache with its readiness result (target/readiness): the verdict of'
        + ' the build that was cached') == 3 + 2
// every run gives the same reactor verdict, with or without the cache
// (the summary line wraps at 110 characters with a hanging indent)
assert log.count('[INFO] Reactor readiness of it.readiness:check-reactor-build-cache-passes:1.0.0-SNAPSHOT: CONDITIONAL,'
        + ' score 100/100\n[INFO]   (minimum 80), 3 of 3 modules checked') == 4
// run 3 (root and alpha restored, beta built) wrote the uncached build's reactor result to the byte, apart from the
// test durations: the uncached build ran every test again and measured its own times
def untimed = { file -> file.text.replaceAll(/"timeSeconds": [0-9.]+/, '"timeSeconds": t') }
def cached = new File(basedir, 'target/readiness/readiness.json')
assert untimed(cached) == untimed(new File(basedir, 'target/readiness-uncached/readiness.json'))
def root = new groovy.json.JsonSlurper().parse(cached)
assert root.modules.collect { [it.module, it.status, it.verdict] } == [
        ['check-reactor-build-cache-passes', 'checked', 'READY'], ['alpha', 'checked', 'CONDITIONAL'],
        ['beta', 'checked', 'CONDITIONAL']]
true
