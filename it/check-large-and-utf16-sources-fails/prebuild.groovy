// dependency-check never runs in a test (it needs the NVD online): its report is checked-in evidence, put where
// dependency-check-maven writes it, after the POM, as a report of this build would be. Its scan date becomes the
// build's: the gate judges an audit's age by the date in the report (maxAuditAgeDays), and it stands for this scan
def target = new File(basedir, 'target')
target.mkdirs()
def now = java.time.Instant.now().toString()
new File(basedir, 'evidence').eachFile { report ->
    new File(target, report.name).setText(report.getText('UTF-8')
            .replaceAll(/"reportDate": "[^"]*"/, '"reportDate": "' + now + '"')
            .replaceAll(/<reportDate>[^<]*<\/reportDate>/, '<reportDate>' + now + '</reportDate>'), 'UTF-8')
}
// issue 14, case 10: a secret past the first megabyte of a big resource, and one in a UTF-16 file with a byte order
// mark; generated here so no large fixture is committed, the tokens split so no scanner of this repository sees one
def resources = new File(basedir, 'src/main/resources')
def big = new StringBuilder()
(1..30000).each { big.append('catalog.item.').append(it).append('=a product description of forty chars\n') }
big.append('aws.accessKeyId=').append('AKIA').append('QWERTYUIOPASDFGH').append('\n')
new File(resources, 'catalog.properties').setText(big.toString(), 'UTF-8')
def utf16 = 'github.token=' + 'ghp_' + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5' + '\n'
def bytes = new ByteArrayOutputStream()
bytes.write(0xFF)
bytes.write(0xFE)
bytes.write(utf16.getBytes('UTF-16LE'))
new File(resources, 'legacy.properties').setBytes(bytes.toByteArray())
true
