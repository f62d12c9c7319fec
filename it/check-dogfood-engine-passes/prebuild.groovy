// The engine's evidence comes from the reactor's own build of readiness-rules (this IT runs after it): say so
// plainly when that build did not run its tests, instead of judging an empty or left-over directory.
def root = new File(basedir, '../../../..').canonicalFile
def engineTarget = new File(root, 'readiness-rules/target')
if (!new File(engineTarget, 'jacoco.exec').isFile() || !new File(engineTarget, 'surefire-reports').isDirectory()) {
    throw new IllegalStateException('the dogfood IT judges readiness-rules/target/jacoco.exec and surefire-reports:'
            + ' build readiness-rules with its tests in the same command (mvn -B verify, without -DskipTests)')
}
// The gate looks for README, LICENSE, SECURITY.md and CHANGELOG.md from the module up to its reactor root, which is
// this IT folder: copy the repository's own files here, so the engine is judged on them (never a stand-in).
['README.md', 'LICENSE', 'SECURITY.md', 'CHANGELOG.md'].each { name ->
    new File(basedir, name).bytes = new File(root, name).bytes
}
true
