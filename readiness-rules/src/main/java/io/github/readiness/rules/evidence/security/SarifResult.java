package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.model.Location;
import java.util.List;

/**
 * One SARIF result with its rule's metadata resolved.
 *
 * @param level resolved as result.level, else the rule's defaultConfiguration.level, else "warning"
 *     (SARIF 2.1.0 section 3.27.10): one of error, warning, note, none
 * @param securitySeverity the rule's (or result's) properties.security-severity as a number, null when absent
 * @param securityTagged the rule or result carries a "security" tag (properties.tags)
 * @param location first physical location (artifact URI as written, start line or 0), null when none
 * @param logicalLocation the first location's first logical location ({@code fullyQualifiedName}, e.g. a purl in
 *     dependency-check's SARIF), null when none
 * @param ruleDescription the rule's {@code shortDescription} first line, null when none
 * @param scores CVSS scores the rule's properties give ({@code cvssv2_score}, {@code cvssv3_baseScore},
 *     {@code cvssv4_baseScore}, as dependency-check writes them), in version order; empty for other scanners
 * @param suppressed the result has a {@code suppressions} entry that is not rejected or under review
 * @param justification the accepted suppression's justification, null when none
 * @param knownExploited the rule is marked as listed in CISA's Known Exploited Vulnerabilities catalogue (as
 *     dependency-check 12.x writes it in the rule's descriptions)
 */
public record SarifResult(
        String tool,
        String ruleId,
        String level,
        Double securitySeverity,
        boolean securityTagged,
        String message,
        Location location,
        String logicalLocation,
        String ruleDescription,
        List<Cvss> scores,
        boolean suppressed,
        String justification,
        boolean knownExploited) {
    public SarifResult {
        scores = List.copyOf(scores);
    }
}
