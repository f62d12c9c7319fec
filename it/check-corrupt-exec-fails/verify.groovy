def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal io.github.readiness') }
assert errors.size() == 1
assert errors[0].contains('evidence/truncated.exec')
assert errors[0].contains('is not a readable JaCoCo exec file')
assert errors[0].contains('mvn clean verify')
// a broken input is an error message, not a stack trace (that needs -e)
assert !log.contains('\tat io.github.readiness')
assert !log.contains('Readiness of it.readiness')
