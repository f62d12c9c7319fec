def lines = new File(basedir, 'build.log').readLines()
def errors = lines.findAll { it.startsWith('[ERROR] Failed to execute goal io.github.readiness') }
assert errors.size() == 1
assert errors[0].endsWith(" on project check-bad-policy-file-fails: readiness.yaml line 4: unknown key 'treshold' under"
        + " rules.coverage.line; did you mean 'threshold'? Valid keys: threshold, level, weight, effort -> [Help 1]")
// a configuration error, not a crash: no stack trace, nothing evaluated
assert !lines.any { it ==~ /\s+at .*/ || it.startsWith('Caused by') || it.contains('PolicyException') }
assert !new File(basedir, 'target/readiness/readiness.json').exists()
true
