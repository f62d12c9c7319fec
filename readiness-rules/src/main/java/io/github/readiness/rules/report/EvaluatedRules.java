package io.github.readiness.rules.report;

import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.score.Scorecard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules a per-rule format lists (SARIF rules, JUnit test cases), so both list the same ones. */
final class EvaluatedRules {
    private EvaluatedRules() {}

    /**
     * The evaluated rules by id in registration order, plus any rule a finding names that the list lacks (described
     * from the finding), so that no finding is left without its rule.
     */
    static Map<String, RuleMetadata> of(Scorecard card) {
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        card.rules().forEach(rule -> rules.put(rule.id(), rule));
        for (Finding f : card.findings()) {
            rules.computeIfAbsent(
                    f.rule(),
                    id -> RuleMetadata.builder(id, f.category())
                            .title(id)
                            .description(f.remediation())
                            .remediation(f.remediation())
                            .effort(EffortModel.none("see each finding"))
                            .build());
        }
        return rules;
    }

    static List<Finding> findingsOf(Scorecard card, String ruleId) {
        return card.findings().stream().filter(f -> f.rule().equals(ruleId)).toList();
    }
}
