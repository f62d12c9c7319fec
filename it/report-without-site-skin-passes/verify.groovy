def log = new File(basedir, 'build.log').text
def plain = "[INFO] Writing the readiness page without the site's decoration: "
// the page is written in both runs, without a stack trace
assert log.contains(plain + "the site descriptor names no skin, nor does a parent's that resolves")
assert log.contains(plain + "the skin it.readiness:no-such-skin:1.0.0 cannot be used (The skin does not exist)")
assert !log.contains('skin cannot be null') && !log.contains('Exception') && !log.contains('[ERROR]')
assert (log =~ /BUILD SUCCESS/).count == 2

def html = new File(basedir, 'target/site/readiness.html').text
assert html.contains('<title>Production Readiness: Skinless 1.0.0-SNAPSHOT</title>')
assert html =~ /<h2[^>]*>Verdict<\/h2>/
true
