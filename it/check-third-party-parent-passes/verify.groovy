import groovy.json.JsonSlurper

// the framework parent's <description> and <url> describe the framework, not this application (issue 19 item 5)
def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
def metadata = json.findings.findAll { it.rule == 'docs.pom-metadata' }
def parent = 'org.example.framework:framework-parent:1.0.0'
assert metadata.find { it.key == 'description' }.message ==
        '<description> of pom.xml is inherited from ' + parent + ', a parent outside this project: it describes' +
        ' that parent, not this project'
assert metadata.find { it.key == 'url' }.message ==
        '<url> of pom.xml is inherited from ' + parent + ', a parent outside this project: it describes that parent,' +
        ' not this project'
assert metadata.every { it.severity == 'LOW' && !it.blocking }
assert !metadata.any { it.key == 'name' }: 'the application names itself'
assert json.verdict == 'CONDITIONAL' // no dependency audit (HIGH, not blocking); the metadata findings are LOW
true
