package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;

/**
 * {@code baseline.ratchet}: the build may not fall behind the committed baseline ({@code readiness-baseline.json}):
 * the overall score may not drop by more than the policy's score tolerance, line coverage not by more than its
 * coverage tolerance (percentage points).
 *
 * <p>The comparison needs the final score, so it cannot run among the rules: {@code BaselineComparison} produces
 * this rule's findings after scoring. The rule is registered all the same so that its id, level (WARN reports a
 * drop without blocking, OFF ignores drops), metadata and documentation work like every other rule's.
 */
public final class BaselineRatchetRule implements Rule {
    public static final String ID = "baseline.ratchet";

    /** The finding's key for a drop of the overall score. */
    public static final String SCORE_KEY = "score";

    /** The finding's key for a drop of line coverage. */
    public static final String LINE_COVERAGE_KEY = "coverage.line";

    public static final RuleMetadata METADATA = RuleMetadata.builder(ID, Category.BUILD_RELEASE)
            .title("No regression against the baseline")
            .description("When readiness-baseline.json is present, the overall score does not drop by more than the score"
                    + " tolerance and line coverage does not drop by more than the coverage tolerance (percentage"
                    + " points). A score drop is reported under Build and Release, a coverage drop under Test"
                    + " Coverage.")
            .remediation("Fix what lowered the score or coverage since the baseline (compare the category deltas); if the drop is"
                    + " accepted, write a new baseline with mvn readiness:baseline and commit it.")
            .effort(EffortModel.none("no estimate of its own: the effort is in the findings that lowered the score or coverage"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        return RuleOutcome.notApplicable(); // compared after scoring, see the class comment
    }
}
