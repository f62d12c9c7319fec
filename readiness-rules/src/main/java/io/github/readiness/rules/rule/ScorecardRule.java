package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import java.util.List;

/**
 * A rule of the second stage: it judges what the first stage concluded (the score, how the waivers fared), so the
 * engine runs it once every evidence rule ran and was scored. Its level, metadata and page work like any rule's; its
 * findings carry no score of their own and are not judged by waivers.
 */
public interface ScorecardRule extends Rule {
    /** The findings about the first stage's result. */
    List<Finding> findings(ScorecardContext context);

    /** Nothing to judge in the first stage. */
    @Override
    default RuleOutcome evaluate(RuleContext context) {
        return RuleOutcome.notApplicable();
    }
}
