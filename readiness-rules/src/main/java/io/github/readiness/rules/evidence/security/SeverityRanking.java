package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.model.Severity;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The documented severity rule for vulnerabilities: a CVSS base score chosen by {@link CvssPreference} ranks as
 * CRITICAL >= 9.0, HIGH >= 7.0, MEDIUM >= 4.0, LOW > 0, INFO = 0. Without any CVSS score the report's own textual
 * severity decides (RetireJS writes "medium", "low"); with neither, MEDIUM, so an unscored finding is never
 * silently ignored.
 */
public final class SeverityRanking {
    private SeverityRanking() {}

    /** The severity band of a CVSS base score (also used for SARIF security-severity). */
    public static Severity ofScore(double score) {
        if (score >= 9.0) {
            return Severity.CRITICAL;
        }
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        if (score >= 4.0) {
            return Severity.MEDIUM;
        }
        return score > 0 ? Severity.LOW : Severity.INFO;
    }

    public static RankedSeverity rank(Vulnerability vulnerability, CvssPreference preference) {
        Optional<Cvss> chosen = preferred(vulnerability, preference).or(() -> highest(vulnerability));
        if (chosen.isPresent()) {
            Cvss cvss = chosen.get();
            return new RankedSeverity(ofScore(cvss.baseScore()), "CVSS v" + cvss.version() + " " + cvss.baseScore());
        }
        String reported = vulnerability.reportedSeverity();
        Severity textual = ofText(reported);
        if (textual != null) {
            return new RankedSeverity(textual, "reported severity '" + reported + "' (no CVSS score)");
        }
        return new RankedSeverity(Severity.MEDIUM, "no CVSS score and no severity in the report: treated as MEDIUM");
    }

    /** Textual severities as scanners write them, any case; null when absent or unknown. */
    static Severity ofText(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "critical" -> Severity.CRITICAL;
            case "high", "important" -> Severity.HIGH;
            case "medium", "moderate" -> Severity.MEDIUM;
            case "low" -> Severity.LOW;
            case "info", "informational", "none" -> Severity.INFO;
            default -> null;
        };
    }

    private static Optional<Cvss> preferred(Vulnerability vulnerability, CvssPreference preference) {
        int version = switch (preference) {
            case HIGHEST -> 0;
            case V4 -> 4;
            case V3 -> 3;
            case V2 -> 2;
        };
        return vulnerability.scores().stream()
                .filter(c -> c.version() == version)
                .max(BY_SCORE);
    }

    private static Optional<Cvss> highest(Vulnerability vulnerability) {
        return vulnerability.scores().stream().max(BY_SCORE);
    }

    // ties go to the newer CVSS version, so the report names the most current score
    private static final Comparator<Cvss> BY_SCORE =
            Comparator.comparingDouble(Cvss::baseScore).thenComparingInt(Cvss::version);
}
