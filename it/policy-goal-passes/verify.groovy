def lines = new File(basedir, 'build.log').readLines()
def info = lines.findAll { it.startsWith('[INFO] ') }.collect { it.substring('[INFO] '.length()) }
assert info.contains('Policy: preset silver, classpath:acme/readiness.yaml, readiness.yaml, POM <configuration>')
assert info.contains('Effective readiness policy of it.readiness:policy-goal-passes:1.0.0-SNAPSHOT:')
// each value once, with where it came from
assert info.contains('minScore 85 (classpath:acme/readiness.yaml line 2)')
assert info.contains('category test-coverage weight 3 (built-in default)')
assert info.contains('coverage.line threshold 90 % (readiness.yaml line 2)')
assert info.contains('coverage.branch threshold 75 % (POM <configuration>)')
// effort rates: readiness.yaml, the POM (other rates scale), and a rule left at its documented rate
assert info.contains('coverage.line effort 10 min per line still to cover to reach the threshold (readiness.yaml line 2)')
assert info.contains('security.vulnerabilities effort per vulnerable package (one upgrade fixes all its vulnerabilities):'
        + ' 120 min within the same major version, 480 min across a major version, 240 min when no fixed version is'
        + ' known (POM <configuration>)')
assert info.contains('coverage.branch effort 10 min per branch still to cover to reach the threshold (built-in default)')
assert info.contains('coverage.branch level ERROR (preset silver)')
assert info.contains('dependencies.audit level ERROR (preset silver)')
assert info.contains('docs.changelog level OFF (classpath:acme/readiness.yaml line 4)')
assert info.contains('security blockingSeverity HIGH (preset silver)')
assert info.contains("waiver 1 security.vulnerabilities match 'CVE-2016-1000027' owner 'payments-team' expires 2099-12-31"
        + " reason 'not reachable, spring-web HttpInvoker unused' (readiness.yaml line 4)")
assert info.contains('waiverSettings maxDaysAhead 365 (preset silver)')
// a stable order: minScore first, waiver settings last
def first = info.findIndexOf { it.startsWith('minScore ') }
assert info[first + 1] == 'category test-coverage weight 3 (built-in default)'
// the categories, one line each, right after minScore, then the rules
int categories = info.count { it.startsWith('category ') }
assert categories >= 12 && info[(first + 1)..(first + categories)].every { it.startsWith('category ') }
assert info[first + 1 + categories].startsWith('coverage.evidence level ')
assert info.findIndexOf { it.startsWith('waiverSettings maxDaysAhead ') } == info.findIndexOf { it.startsWith('waiverSettings warnDays ') } + 1
// the goal reads no evidence and writes nothing
assert !new File(basedir, 'target/readiness').exists()
assert lines.contains('[INFO] BUILD SUCCESS')
true
