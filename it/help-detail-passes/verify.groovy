// mvn readiness:help -Ddetail -Dgoal=check: the generated help goal describes check and its parameters
def log = new File(basedir, 'build.log').text
assert log.contains('readiness:check')
assert log.contains('  Available parameters:')
assert log.contains('    failOnNotReady (Default: true)')
assert log.contains('      User property: readiness.failOnNotReady')
assert log.contains('    minLineCoverage')
assert !log.contains('readiness:report\n') // -Dgoal=check: only that goal
