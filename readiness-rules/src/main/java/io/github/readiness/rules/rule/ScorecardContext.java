package io.github.readiness.rules.rule;

import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.policy.WaiverStatus;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ScorecardRule} judges: the first stage's result.
 *
 * @param rule the rule's own context (evidence, settings, metadata, policy)
 * @param score the overall score of the first stage, null when nothing could be scored
 * @param waivers every waiver of the policy with its state on the build date, in configuration order
 * @param categories the category of every evaluated rule, by id
 * @param baseline what the committed baseline recorded and what this build measured, or null without a baseline
 * @param checklist the policy's checklist judged on the build date against the first stage's findings
 */
public record ScorecardContext(
        RuleContext rule,
        Integer score,
        List<WaiverStatus> waivers,
        Map<String, Category> categories,
        Committed baseline,
        ChecklistJudgement checklist) {

    /**
     * The committed baseline against this build.
     *
     * @param score the baseline's overall score, null when it was N/A
     * @param lineCoverage the baseline's line coverage ratio, null when not measured
     * @param lineCoverageNow this build's line coverage ratio (4 decimals, as a baseline keeps it), null when not
     *     measured
     */
    public record Committed(Integer score, Double lineCoverage, Double lineCoverageNow) {}
}
