def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping readiness check (readiness.skip=true)')
assert !log.contains('Readiness of ')
assert !new File(basedir, 'target/readiness').exists()
