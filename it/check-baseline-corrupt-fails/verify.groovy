def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal io.github.readiness') }
assert errors.size() == 1
assert errors[0].endsWith(': readiness-baseline.json line 45 column 25: not valid JSON (Unexpected end-of-input in VALUE_STRING), the file is damaged or truncated; write it again with mvn readiness:baseline -> [Help 1]')
// never ignored, never a stack trace (that needs -e), and read before any evidence: no summary, no report
assert !log.contains('\tat io.github.readiness')
assert !log.contains('Readiness of it.readiness')
assert !new File(basedir, 'target/readiness/readiness.json').exists()
true
