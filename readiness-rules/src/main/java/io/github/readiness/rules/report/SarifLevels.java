package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * How readiness severities map onto SARIF: the result level and GitHub's {@code security-severity}.
 *
 * <p>{@code security-severity} is a CVSS-like score as a string (GitHub code scanning reads it from the rule and
 * ranks security alerts: 9.0 and up critical, 7.0 high, 4.0 medium, 0.1 low). A finding has no CVSS of its own, so
 * its severity stands for one: CRITICAL 9.5, HIGH 7.5, MEDIUM 5.0, LOW 2.0 (the middle of GitHub's bands, CRITICAL
 * above 9.0); INFO has none. A finding of {@code security.vulnerabilities} that carries a measured CVSS score (0-10)
 * gives that score instead. A rule's value is the highest of its findings; a rule without findings gets HIGH's value
 * when it blocks by default (level ERROR), MEDIUM's otherwise.
 */
final class SarifLevels {
    /** The rule whose findings may carry a measured CVSS base score. */
    static final String VULNERABILITIES_RULE = "security.vulnerabilities";

    private SarifLevels() {}

    /** Blocking: error whatever the severity; otherwise CRITICAL/HIGH error, MEDIUM warning, LOW/INFO note. */
    static String level(Finding finding) {
        if (finding.blocking()) {
            return "error";
        }
        return switch (finding.severity()) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    static String defaultLevel(RuleMetadata rule) {
        return rule.defaultLevel() == RuleLevel.ERROR ? "error" : "warning";
    }

    /** Only security findings carry a security-severity (GitHub treats the others as plain code-quality alerts). */
    static boolean isSecurity(Category category) {
        return category == Category.SECURITY;
    }

    /** The finding's security-severity, or null for INFO (nothing to rank). */
    static Double securitySeverity(Finding finding) {
        Double measured = finding.measured();
        if (VULNERABILITIES_RULE.equals(finding.rule()) && measured != null && measured >= 0 && measured <= 10) {
            return measured;
        }
        return bySeverity(finding.severity());
    }

    static Double bySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 9.5;
            case HIGH -> 7.5;
            case MEDIUM -> 5.0;
            case LOW -> 2.0;
            case INFO -> null;
        };
    }

    /** The highest security-severity of the rule's findings, else its default by level. */
    static double ruleSecuritySeverity(RuleMetadata rule, List<Finding> findings) {
        return findings.stream()
                .map(SarifLevels::securitySeverity)
                .filter(value -> value != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(rule.defaultLevel() == RuleLevel.ERROR ? 7.5 : 5.0);
    }

    /** "9.5": one decimal, as GitHub's own examples write it. */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
