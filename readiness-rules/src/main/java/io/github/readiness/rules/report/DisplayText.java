package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Percent;

/**
 * Small formatting shared by the text renderers (console, Markdown, the site page), so they agree to the character.
 */
public final class DisplayText {
    private DisplayText() {}

    public static String score(Integer score) {
        return score == null ? "n/a" : score + "/100";
    }

    public static String categoryScore(Integer score) {
        return score == null ? "N/A" : String.valueOf(score);
    }

    /** Measured value of a finding: coverage ratios as percentages, other values as numbers. */
    public static String measured(Finding finding) {
        if (finding.measured() == null) {
            return "-";
        }
        return isRatio(finding) ? Percent.measured(finding.measured()) : number(finding.measured());
    }

    public static String expected(Finding finding) {
        if (finding.expected() == null) {
            return "-";
        }
        return isRatio(finding) ? "≥ " + Percent.threshold(finding.expected()) : number(finding.expected());
    }

    private static boolean isRatio(Finding finding) {
        return finding.category() == Category.TEST_COVERAGE; // coverage rules measure ratios
    }

    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
