import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// first build: the baseline records the project as it stands (one test ran), whatever the verdict
assert log.contains('[INFO] Baseline written to readiness-baseline.json: score 66/100, line coverage 13.3 %, branch coverage 0.0 %, 14 findings (verdict NOT_READY)')
def baseline = new JsonSlurper().parse(new File(basedir, 'readiness-baseline.json'))
assert baseline.schemaVersion == 1 && baseline.score == 66 && baseline.coverage.line == 0.1333
assert baseline.findings.find { it.rule == 'coverage.line' }.fingerprint == '8264eb04c78b7d80'

// second build: every test runs, coverage rises; what the baseline knows no longer blocks, nothing new appeared
assert log.contains('[INFO] Readiness of it.readiness:baseline-then-check-passes:1.0.0-SNAPSHOT: CONDITIONAL, score 79/100 (minimum 50)')
assert log.contains('[INFO] Against the baseline readiness-baseline.json (new problems only): score 66 -> 79 (+13); line coverage 13.3 %\n'
        + '[INFO]   -> 46.6 % (+33.34 points); branch coverage 0.0 % -> 40.0 % (+40 points)')
// 57.x rounded down: the coverage findings blocked when the category was scored, before the baseline made them known
assert log.contains('[INFO]   Category changes: Test Coverage 8 -> 57 (+49); 14 findings in the baseline (not blocking), 0 new, 0 resolved')
assert log.contains('[INFO]   - [HIGH] coverage.line: line coverage is 46.6 %, but expected minimum is 80 % (7 of 15 lines covered; 5 more\n'
        + '[INFO]     needed) (in baseline)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'CONDITIONAL'
assert json.baseline.file == 'readiness-baseline.json'
assert json.baseline.score == [was: 66, now: 79, delta: 13]
assert json.baseline.coverage.line.was == 0.1333 && json.baseline.coverage.line.now == 0.4667
assert json.baseline.categories.find { it.id == 'test-coverage' } == [id: 'test-coverage', was: 8, now: 57, delta: 49]
def line = json.findings.find { it.rule == 'coverage.line' }
assert line.baseline == 'known' && !line.blocking
assert json.findings.every { it.baseline == 'known' }
assert !json.findings.any { it.rule == 'baseline.ratchet' }
true
