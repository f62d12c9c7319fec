package io.github.readiness.rules.score;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.BaselineSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How this build compares with the committed baseline: part of the scorecard, shown by every renderer.
 *
 * @param file the baseline file as reports show it (relative to the module)
 * @param settings the tolerances and mode the comparison used
 * @param lineCoverage line coverage ratios (was, now)
 * @param branchCoverage branch coverage ratios (was, now); shown, not gated
 * @param known this build's findings whose fingerprint is in the baseline, as they are in the scorecard
 * @param newFindings unwaived findings not in the baseline (the ratchet's own findings not counted)
 * @param resolvedFindings baseline findings this build no longer has
 */
public record BaselineDelta(
        String file,
        BaselineSettings settings,
        ScoreChange score,
        List<CategoryChange> categories,
        RatioChange lineCoverage,
        RatioChange branchCoverage,
        Set<Finding> known,
        int newFindings,
        int resolvedFindings) {

    public BaselineDelta {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(score, "score");
        categories = List.copyOf(categories);
        Objects.requireNonNull(lineCoverage, "lineCoverage");
        Objects.requireNonNull(branchCoverage, "branchCoverage");
        known = Set.copyOf(known);
    }

    /** Whether the finding was already in the baseline. */
    public boolean isKnown(Finding finding) {
        return known.contains(finding);
    }

    /** A score then and now; either is null when it was N/A. */
    public record ScoreChange(Integer was, Integer now) {
        /** now - was, or null when either is N/A. */
        public Integer delta() {
            return was == null || now == null ? null : now - was;
        }
    }

    /** A category's score then and now; either is null when N/A (or the category was not shown). */
    public record CategoryChange(Category category, Integer was, Integer now) {
        public CategoryChange {
            Objects.requireNonNull(category, "category");
        }

        public Integer delta() {
            return new ScoreChange(was, now).delta();
        }
    }

    /** A coverage ratio then and now; either is null when not measured. */
    public record RatioChange(Double was, Double now) {
        /** now - was as a ratio (-0.025 is 2.5 percentage points less), exact to the 4 decimals kept; or null. */
        public Double delta() {
            return was == null || now == null
                    ? null
                    : BigDecimal.valueOf(now).subtract(BigDecimal.valueOf(was)).doubleValue();
        }
    }
}
