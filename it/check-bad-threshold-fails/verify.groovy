def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal io.github.readiness') }
assert errors.size() == 1
assert errors[0].endsWith(": Invalid readiness configuration in the POM: coverage.line is '1.5', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100% (did you mean 1.5%?) -> [Help 1]")
assert !new File(basedir, 'target/readiness/readiness.json').exists()
