package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.RuleMetadata;
import java.util.List;

/** The one explicit list of rules (no classpath scanning): add a rule here, with its documentation page. */
public final class Rules {
    private Rules() {}

    public static List<Rule> builtIn() {
        return List.of(
                new CoverageEvidenceRule(),
                new LineCoverageRule(),
                new BranchCoverageRule(),
                new TestEvidenceRule(),
                new TestsExecutedRule(),
                new TestFailuresRule());
    }

    public static List<RuleMetadata> metadata(List<Rule> rules) {
        return rules.stream().map(Rule::metadata).toList();
    }
}
