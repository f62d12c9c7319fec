package io.github.readiness.rules.rule.baseline;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.rule.ScorecardContext;
import io.github.readiness.rules.rule.ScorecardRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code baseline.ratchet}: the build may not fall behind the committed baseline ({@code readiness-baseline.json}):
 * the overall score may not drop by more than the policy's score tolerance, line coverage not by more than its
 * coverage tolerance (percentage points).
 *
 * <p>The comparison needs the score, so this is a rule of the second stage ({@link ScorecardRule}): the engine runs it
 * once the evidence rules were scored. Level WARN reports a drop without blocking, OFF ignores drops.
 */
public final class BaselineRatchetRule implements ScorecardRule {
    public static final String ID = "baseline.ratchet";

    /** The finding's key for a drop of the overall score. */
    public static final String SCORE_KEY = "score";

    /** The finding's key for a drop of line coverage. */
    public static final String LINE_COVERAGE_KEY = "coverage.line";

    public static final RuleMetadata METADATA = RuleMetadata.builder(ID, Category.BUILD_RELEASE)
            .title("No regression against the baseline")
            .description(
                    "When readiness-baseline.json is present, the overall score does not drop by more than the score"
                            + " tolerance and line coverage does not drop by more than the coverage tolerance (percentage"
                            + " points). A score drop is reported under Build and Release, a coverage drop under Test"
                            + " Coverage.")
            .remediation(
                    "Fix what lowered the score or coverage since the baseline (compare the category deltas); if the drop is"
                            + " accepted, write a new baseline with mvn readiness:baseline and commit it.")
            .effort(EffortModel.none(
                    "no estimate of its own: the effort is in the findings that lowered the score or coverage"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** A drop of the score, then one of line coverage, each beyond its tolerance; none without a baseline. */
    @Override
    public List<Finding> findings(ScorecardContext context) {
        ScorecardContext.Committed baseline = context.baseline();
        if (baseline == null) {
            return List.of();
        }
        BaselineSettings settings = context.rule().policy().baselineSettings();
        List<Finding> drops = new ArrayList<>();
        scoreDrop(baseline.score(), context.score(), settings.scoreTolerance()).ifPresent(drops::add);
        lineCoverageDrop(baseline.lineCoverage(), baseline.lineCoverageNow(), settings.coverageTolerance())
                .ifPresent(drops::add);
        return drops;
    }

    private static Optional<Finding> scoreDrop(Integer was, Integer now, int tolerance) {
        if (was == null || now == null || was - now <= tolerance) {
            return Optional.empty();
        }
        String message = "score fell from " + was + " to " + now + " since the baseline, "
                + allowed(String.valueOf(tolerance), tolerance == 1);
        return Optional.of(
                ratchet(Category.BUILD_RELEASE, SCORE_KEY, message, (double) now, (double) (was - tolerance)));
    }

    private static Optional<Finding> lineCoverageDrop(Double was, Double now, double tolerance) {
        if (was == null || now == null) {
            return Optional.empty();
        }
        BigDecimal dropPoints =
                BigDecimal.valueOf(was).subtract(BigDecimal.valueOf(now)).movePointRight(2);
        BigDecimal allowedPoints = BigDecimal.valueOf(tolerance);
        if (dropPoints.compareTo(allowedPoints) <= 0) {
            return Optional.empty();
        }
        String message = "line coverage fell from " + Percent.measured(was) + " to " + Percent.measured(now)
                + " since the baseline (" + points(dropPoints)
                + (dropPoints.compareTo(BigDecimal.ONE) == 0 ? " point), " : " points), ")
                + allowed(points(allowedPoints), allowedPoints.compareTo(BigDecimal.ONE) == 0);
        double lowest = Math.max(
                0,
                BigDecimal.valueOf(was).subtract(allowedPoints.movePointLeft(2)).doubleValue());
        return Optional.of(ratchet(Category.TEST_COVERAGE, LINE_COVERAGE_KEY, message, now, lowest));
    }

    private static String allowed(String tolerance, boolean singular) {
        return "0".equals(tolerance)
                ? "and the baseline allows no drop"
                : "more than the " + tolerance + (singular ? " point" : " points") + " allowed";
    }

    private static String points(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** In the category of what dropped (the score under Build and Release), HIGH, blocking at level ERROR. */
    private static Finding ratchet(Category category, String key, String message, double measured, double expected) {
        return new Finding(
                ID,
                category,
                Severity.HIGH,
                true,
                key,
                message,
                measured,
                expected,
                null,
                METADATA.remediation(),
                0,
                false);
    }
}
