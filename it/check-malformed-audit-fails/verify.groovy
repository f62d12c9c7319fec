// the first 30,000 bytes of a real dependency-check 12.2.2 JSON report: a truncated report is an error that names the
// file, the place and the fix, never a partial "0 vulnerabilities", and never a stack trace without -e
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal io.github.readiness') }
assert error != null
assert error.contains('target/dependency-check-report.json: is malformed or truncated JSON (line 672, column 13: Unexpected end-of-input within/between Object entries):')
assert error.endsWith('re-run dependency-check to regenerate it, or use its XML report (dependency-check 12.0.0 and 12.0.1 write invalid JSON) -> [Help 1]')
assert !log.contains('\tat ')
assert !new File(basedir, 'target/readiness/readiness.json').exists()
true
