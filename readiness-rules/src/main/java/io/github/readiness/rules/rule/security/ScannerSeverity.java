package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.evidence.security.SeverityRanking;
import io.github.readiness.rules.model.Severity;

/**
 * The severity of a SARIF result. Security results: by {@code security-severity} like a CVSS score (>= 9.0
 * CRITICAL, >= 7.0 HIGH, >= 4.0 MEDIUM, > 0 LOW), else by level (error HIGH, warning MEDIUM, note LOW, none INFO).
 * Other results are code quality and one step milder: error MEDIUM, warning LOW, note and none INFO.
 */
public final class ScannerSeverity {
    private ScannerSeverity() {}

    public static boolean isSecurity(SarifResult result) {
        return result.securityTagged() || result.securitySeverity() != null;
    }

    public static Severity security(SarifResult result) {
        if (result.securitySeverity() != null) {
            return SeverityRanking.ofScore(result.securitySeverity());
        }
        return switch (result.level()) {
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "note" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }

    /** "security-severity 8.8" or "level error": what decided. */
    public static String decidedBy(SarifResult result) {
        return result.securitySeverity() != null
                ? "security-severity " + result.securitySeverity()
                : "level " + result.level();
    }

    public static Severity quality(SarifResult result) {
        return switch (result.level()) {
            case "error" -> Severity.MEDIUM;
            case "warning" -> Severity.LOW;
            default -> Severity.INFO;
        };
    }
}
