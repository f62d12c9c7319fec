package io.github.readiness.rules.baseline;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Line and branch coverage as the baseline keeps them: ratios rounded half up to 4 decimals (0.01 percentage point),
 * the precision of the file, so a build compared with its own baseline shows no drop from rounding alone.
 *
 * @param line covered share of lines, or null when not measured (no coverage evidence, no lines)
 * @param branch covered share of branches, or null when not measured (no evidence, no branches)
 */
public record CoverageRatios(Double line, Double branch) {
    public static final CoverageRatios NOT_MEASURED = new CoverageRatios(null, null);

    public CoverageRatios {
        line = rounded(line);
        branch = rounded(branch);
    }

    public static CoverageRatios of(Collected<CoverageEvidence> coverage) {
        if (!coverage.isRead()) {
            return NOT_MEASURED;
        }
        return new CoverageRatios(
                ratio(coverage.value().counter(CounterType.LINE)),
                ratio(coverage.value().counter(CounterType.BRANCH)));
    }

    private static Double ratio(Counter counter) {
        return counter.total() == 0 ? null : counter.ratio();
    }

    private static Double rounded(Double ratio) {
        if (ratio == null) {
            return null;
        }
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException("a coverage ratio is between 0 and 1: " + ratio);
        }
        return BigDecimal.valueOf(ratio).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
