import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Readiness of it.readiness:check-low-coverage-fails:1.0.0-SNAPSHOT: NOT_READY, score 66/100 (minimum 80)')
assert log.contains('[INFO]   1. [CRITICAL] coverage.branch: branch coverage is 0.0 %, but expected minimum is 70 % (0 of 10 branches\n'
        + '[INFO]      covered; 7 more needed)')
assert log.contains('[INFO]   2. [CRITICAL] coverage.line: line coverage is 13.3 %, but expected minimum is 80 % (2 of 15 lines covered;\n'
        + '[INFO]      10 more needed)')
assert log.contains('Readiness verdict is NOT_READY (score 66/100, minimum 80)')

def json = new JsonSlurper().parse(new File(basedir, 'target/readiness/readiness.json'))
assert json.verdict == 'NOT_READY' && json.score == 66
def line = json.findings.find { it.rule == 'coverage.line' }
assert line.blocking && line.severity == 'CRITICAL' && line.expected == 0.8 && line.measured == 0.1333
assert line.effortMinutes == 50
assert json.categories.find { it.id == 'test-coverage' }.score == 8
// the roadmap: blockers first, the phases add up to the total effort, findings named by their index
assert json.roadmap[0].phase == 1 && json.roadmap[0].kind == 'blockers' && json.roadmap[0].firstWeek == 1
assert json.roadmap[0].findings.contains(json.findings.indexOf(line))
assert json.roadmap.sum { it.effortMinutes } == json.effortMinutes
assert log.readLines().any { it.startsWith('[INFO] Roadmap (~') && it.endsWith(' for one engineer):') }
assert log.readLines().any { it.startsWith('[INFO]   Phase 1: Fix the blockers, ') && it.endsWith(' (week 1)') }
def md = new File(basedir, 'target/readiness/readiness.md').text
assert md.contains('## Remediation plan\n\n### Phase 1: Fix the blockers (Week 1, ~')
