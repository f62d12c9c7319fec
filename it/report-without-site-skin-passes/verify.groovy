def log = new File(basedir, 'build.log').text
// the page is written as a plain page whatever skin the site descriptor names, without a stack trace
assert log.contains("[INFO] Readiness page: target/site/readiness.html (a plain page; mvn site puts it in the project's skin)")
assert !log.contains('skin cannot be null') && !log.contains('Exception') && !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')

def html = new File(basedir, 'target/site/readiness.html').text
assert html.contains('<title>Production Readiness: Skinless 1.0.0-SNAPSHOT</title>')
assert html =~ /<h2[^>]*>Verdict<\/h2>/
true
