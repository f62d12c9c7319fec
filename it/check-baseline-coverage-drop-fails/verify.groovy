import groovy.json.JsonSlurper

// the committed baseline (score 85, line coverage 60 %) knows every finding: only the drops block
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Against the baseline readiness-baseline.json (new problems only): score 85 -> 79 (-6); line coverage 60.0 % ->\n'
        + '[INFO]   46.6 % (-13.33 points); branch coverage 50.0 % -> 40.0 % (-10 points)')
// 57.x rounded down: coverage was scored while its findings blocked, before the baseline made them known
assert log.contains('[INFO]   Category changes: Test Coverage 70 -> 57 (-13); 14 findings in the baseline (not blocking), 0 new, 0\n'
        + '[INFO]     resolved')
assert log.contains('[INFO] Blockers (2):')
assert log.contains('[INFO]   1. [HIGH] baseline.ratchet: line coverage fell from 60.0 % to 46.6 % since the baseline (13.33 points), more\n'
        + '[INFO]      than the 1.5 points allowed')
assert log.contains('[INFO]   2. [HIGH] baseline.ratchet: score fell from 85 to 79 since the baseline, more than the 2 points allowed')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY'
assert json.baseline.settings == [scoreTolerance: 2, coverageTolerance: 1.5, newProblemsOnly: true]
def drops = json.findings.findAll { it.rule == 'baseline.ratchet' }
assert drops*.key.sort() == ['coverage.line', 'score']
assert drops.every { it.blocking && it.baseline == 'new' }
def coverageDrop = drops.find { it.key == 'coverage.line' }
assert coverageDrop.category == 'test-coverage' && coverageDrop.measured == 0.4667 && coverageDrop.expected == 0.585
assert json.findings.findAll { it.rule != 'baseline.ratchet' }.every { it.baseline == 'known' && !it.blocking }
// the baseline is read, never rewritten by check
assert new File(basedir, 'readiness-baseline.json').text.contains('"score": 85,')
true
