def log = new File(basedir, 'build.log').text
// core skips the check; legacy is below the bar and, with failAt module, fails the build itself: api is never built
assert log.contains('[WARNING] Skipping readiness check (readiness.skip=true): this build is not judged')
assert log.contains('Failed to execute goal io.github.readiness:readiness-maven-plugin:0.1.0-SNAPSHOT:check (default)'
        + ' on project legacy: Readiness verdict is NOT_READY (score 86/100, minimum 80)')
assert !log.contains('Reactor readiness') // the reactor never reached its end
assert !log.contains('the build fails at the end of the reactor')
assert new File(basedir, 'legacy/target/readiness/readiness.json').isFile()
assert !new File(basedir, 'core/target/readiness').exists()
assert !new File(basedir, 'api/target/readiness').exists()
// the root's own report stays (it is replaced only by a reactor result)
assert new File(basedir, 'target/readiness/readiness.json').text.contains('"modules": [ ]')
true
