// a hand-edited jacoco.xml that claims full coverage, dated one hour ahead so that it is newer than the jacoco.exec
// this build writes: on its file time alone it would win
def xml = new File(basedir, 'target/site/jacoco/jacoco.xml')
xml.parentFile.mkdirs()
xml.bytes = new File(basedir, 'evidence/jacoco.xml').bytes
xml.lastModified = System.currentTimeMillis() + 3600_000L
true
