package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.model.Severity;
import java.util.Locale;

/**
 * Maps each tool's own priority or severity to ours, by this table:
 *
 * <table>
 * <caption>Tool level to our severity</caption>
 * <tr><th>Tool</th><th>Tool level</th><th>Severity</th></tr>
 * <tr><td>SpotBugs</td><td>rank 1-4 ("scariest"), any priority</td><td>HIGH</td></tr>
 * <tr><td>SpotBugs</td><td>priority 1 (high confidence)</td><td>HIGH</td></tr>
 * <tr><td>SpotBugs</td><td>priority 2 (normal)</td><td>MEDIUM</td></tr>
 * <tr><td>SpotBugs</td><td>priority 3 (low)</td><td>LOW</td></tr>
 * <tr><td>SpotBugs</td><td>priority 4 (experimental), 5 (ignore)</td><td>INFO</td></tr>
 * <tr><td>PMD</td><td>priority 1 (high)</td><td>HIGH</td></tr>
 * <tr><td>PMD</td><td>priority 2 (medium high), 3 (medium)</td><td>MEDIUM</td></tr>
 * <tr><td>PMD</td><td>priority 4 (medium low)</td><td>LOW</td></tr>
 * <tr><td>PMD</td><td>priority 5 (low)</td><td>INFO</td></tr>
 * <tr><td>Checkstyle</td><td>error</td><td>MEDIUM</td></tr>
 * <tr><td>Checkstyle</td><td>warning</td><td>LOW</td></tr>
 * <tr><td>Checkstyle</td><td>info</td><td>INFO</td></tr>
 * <tr><td>Checkstyle</td><td>ignore</td><td>not reported</td></tr>
 * </table>
 *
 * <p>Nothing maps to CRITICAL: these tools judge code quality, and a project's critical risks are judged from its
 * security evidence. SpotBugs' rank already weighs the bug pattern with the priority (rank 1-4 is what SpotBugs
 * calls "scariest"), so it may raise an issue to HIGH but never lowers one. Checkstyle errors stay MEDIUM: a
 * project chooses which checks are errors, so an error says "against our conventions", not "a defect".
 */
public final class QualitySeverity {
    /** SpotBugs' "scariest" ranks are 1 to this. */
    static final int SCARIEST_RANK = 4;

    private QualitySeverity() {}

    /**
     * @param priority the BugInstance's {@code priority}, 1 (high) to 5 (ignore)
     * @param rank the BugInstance's {@code rank}, 1 (scariest) to 20; 0 when the report has none
     * @return null when the priority is out of range
     */
    public static Severity spotBugs(int priority, int rank) {
        if (priority < 1 || priority > 5) {
            return null;
        }
        if ((rank >= 1 && rank <= SCARIEST_RANK) || priority == 1) {
            return Severity.HIGH;
        }
        return switch (priority) {
            case 2 -> Severity.MEDIUM;
            case 3 -> Severity.LOW;
            default -> Severity.INFO;
        };
    }

    /**
     * @param priority the violation's {@code priority}, 1 (high) to 5 (low)
     * @return null when the priority is out of range
     */
    public static Severity pmd(int priority) {
        return switch (priority) {
            case 1 -> Severity.HIGH;
            case 2, 3 -> Severity.MEDIUM;
            case 4 -> Severity.LOW;
            case 5 -> Severity.INFO;
            default -> null;
        };
    }

    /** True for Checkstyle's {@code ignore} severity, whose events are not issues. */
    public static boolean isCheckstyleIgnore(String severity) {
        return "ignore".equalsIgnoreCase(severity);
    }

    /**
     * @param severity the error's {@code severity}: error, warning or info (any case)
     * @return null for anything else, {@code ignore} included
     */
    public static Severity checkstyle(String severity) {
        return switch (severity == null ? "" : severity.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.MEDIUM;
            case "warning" -> Severity.LOW;
            case "info" -> Severity.INFO;
            default -> null;
        };
    }
}
