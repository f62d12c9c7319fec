def log = new File(basedir, 'build.log').text
// run 1 judged every module; run 2 restored alpha from the cache, which kept no target/readiness: alpha cannot be
// judged, and its check fails the build instead of judging the evidence that was not restored
assert log.contains('Skipping plugin execution (cached): surefire:test')
assert log.contains('alpha was restored from the build cache without its readiness result (target/readiness), so it'
        + ' cannot be judged: add <dirName>readiness</dirName> to <attachedOutputs><dirNames> in'
        + ' .mvn/maven-build-cache-config.xml (see the usage page, build cache), or build it again with'
        + ' -Dmaven.build.cache.enabled=false')
assert log.count('[INFO] Reactor readiness of it.readiness:check-reactor-build-cache-without-results-fails') == 1
assert !log.contains('Restored from the build cache with its readiness result')
true
