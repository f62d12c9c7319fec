package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.model.Location;

/**
 * One SARIF result with its rule's metadata resolved.
 *
 * @param level resolved as result.level, else the rule's defaultConfiguration.level, else "warning"
 *     (SARIF 2.1.0 section 3.27.10): one of error, warning, note, none
 * @param securitySeverity the rule's (or result's) properties.security-severity as a number, null when absent
 * @param securityTagged the rule or result carries a "security" tag (properties.tags)
 * @param location first physical location (artifact URI as written, start line or 0), null when none
 */
public record SarifResult(
        String tool,
        String ruleId,
        String level,
        Double securitySeverity,
        boolean securityTagged,
        String message,
        Location location) {}
