package io.github.readiness.rules.policy;

/**
 * How the gate compares a build with the committed baseline ({@code readiness-baseline.json}). Immutable; every
 * value is validated, so a front end converts its configuration through the same checks.
 *
 * @param scoreTolerance points the overall score may drop below the baseline's before it blocks, 0-100; default 0
 * @param coverageTolerance percentage points line coverage may drop below the baseline's before it blocks, 0-100
 *     (2.5 means 80 % may fall to 77.5 %); default 0
 * @param newProblemsOnly when true, findings already in the baseline no longer block (they stay in the report,
 *     marked as known); new findings block as usual; default false
 */
public record BaselineSettings(int scoreTolerance, double coverageTolerance, boolean newProblemsOnly) {
    /** No drop allowed, every finding counts. */
    public static final BaselineSettings DEFAULT = new BaselineSettings(0, 0, false);

    public BaselineSettings {
        if (scoreTolerance < 0 || scoreTolerance > 100) {
            throw new PolicyException("baseline scoreTolerance is " + scoreTolerance
                    + ": use the points the score may drop, between 0 and 100");
        }
        if (!(coverageTolerance >= 0 && coverageTolerance <= 100)) { // also rejects NaN
            throw new PolicyException("baseline coverageTolerance is " + shown(coverageTolerance)
                    + ": use the percentage points line coverage may drop, between 0 and 100 (2.5 for 2.5 points)");
        }
    }

    public BaselineSettings withScoreTolerance(int points) {
        return new BaselineSettings(points, coverageTolerance, newProblemsOnly);
    }

    public BaselineSettings withCoverageTolerance(double points) {
        return new BaselineSettings(scoreTolerance, points, newProblemsOnly);
    }

    public BaselineSettings withNewProblemsOnly(boolean enabled) {
        return new BaselineSettings(scoreTolerance, coverageTolerance, enabled);
    }

    private static String shown(double points) {
        if (Double.isNaN(points) || Double.isInfinite(points)) {
            return String.valueOf(points);
        }
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(points).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }
}
