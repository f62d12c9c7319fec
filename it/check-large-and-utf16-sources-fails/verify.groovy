import groovy.json.JsonSlurper

// issue 14, case 10: a secret after the first megabyte of a 1.7 MB resource and one in a UTF-16 file are both found
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   1. [CRITICAL] security.secrets: AWS access key id AKIA**************** hardcoded in\n'
        + '[INFO]      src/main/resources/catalog.properties:30001')
assert log.contains('[INFO]   2. [CRITICAL] security.secrets: GitHub token ghp_**************** hardcoded in\n'
        + '[INFO]      src/main/resources/legacy.properties:1')
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.findings.collect { [it.rule, it.severity, it.blocking] } == [['security.secrets', 'CRITICAL', true],
        ['security.secrets', 'CRITICAL', true]]
// both files were scanned, none skipped
assert json.evidence.find { it.source == 'sources' } == [source: 'sources', path: 'src/main/java, src/main/resources',
        status: 'READ', detail: '4 files, 13 lines of code (src/main/java: 1, src/main/resources: 3)']
true
