// 1: READY-ish report written; 2: -Dreadiness.skip removes it; 3: written again; 4: a configuration error removes it
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Skipping readiness check (readiness.skip=true): this build is not judged')
assert log.contains('[WARNING] Removed the previous readiness report from target/readiness (readiness.json,'
        + ' readiness.md, readiness.sarif, TEST-readiness.xml, readiness.stamp): readiness.skip=true, so it would not'
        + " be this build's verdict")
assert log.contains('[WARNING] Removed the previous readiness report from target/readiness (readiness.json,'
        + ' readiness.md, readiness.sarif, TEST-readiness.xml, readiness.stamp): this check failed before its verdict,'
        + " so it would not be this build's verdict")
assert log.count('[INFO] BUILD SUCCESS') == 3 && log.count('[INFO] BUILD FAILURE') == 1
def reports = new File(basedir, 'target/readiness')
['readiness.json', 'readiness.md', 'readiness.sarif', 'TEST-readiness.xml', 'readiness.stamp'].each {
    assert !new File(reports, it).exists()
}
true
