def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Skipping readiness check (readiness.skip=true): this build is not judged')
assert !log.contains('Readiness of ')
assert !new File(basedir, 'target/readiness').exists()
