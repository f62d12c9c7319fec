# readiness.json (schemaVersion 1) -> one flat record a developer portal ingests as custom data or scorecard input.
# Usage: jq -f readiness-to-portal.jq target/readiness/readiness.json > readiness-portal.json
{
  entity: "\(.project.groupId):\(.project.artifactId)",
  version: .project.version,
  score: .score,
  minScore: .minScore,
  verdict: .verdict,
  ready: (.verdict == "READY"),
  maturityLevel: (.maturity.level // null),
  blockers: ([.findings[] | select(.blocking and (.waived | not))] | length),
  effortMinutes: .effortMinutes,
  categories: ([.categories[] | {key: .id, value: .score}] | from_entries),
  tool: "\(.tool.name) \(.tool.version)"
}
