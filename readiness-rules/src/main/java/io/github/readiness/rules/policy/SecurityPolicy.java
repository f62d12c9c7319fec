package io.github.readiness.rules.policy;

import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.model.Severity;
import java.util.Objects;

/**
 * How vulnerabilities and scanner results are judged.
 *
 * @param cvssPreference which CVSS score ranks a vulnerability (default: the highest present)
 * @param blockingSeverity vulnerabilities and security results at or above this severity block (default CRITICAL;
 *     known-exploited vulnerabilities block whatever their score)
 * @param maxAuditAgeDays a dependency audit older than this many days is stale; null for no limit (the default)
 */
public record SecurityPolicy(CvssPreference cvssPreference, Severity blockingSeverity, Integer maxAuditAgeDays) {
    public static final SecurityPolicy DEFAULT = new SecurityPolicy(CvssPreference.HIGHEST, Severity.CRITICAL, null);

    public SecurityPolicy {
        Objects.requireNonNull(cvssPreference, "cvssPreference");
        Objects.requireNonNull(blockingSeverity, "blockingSeverity");
        if (blockingSeverity == Severity.INFO) {
            throw new PolicyException("blocking severity INFO would block on every informational finding:"
                    + " use CRITICAL, HIGH, MEDIUM or LOW");
        }
        if (maxAuditAgeDays != null && maxAuditAgeDays < 1) {
            throw new PolicyException("maximum dependency audit age is " + maxAuditAgeDays + " days: use 1 or more"
                    + " (or leave it unset for no limit)");
        }
    }

    /** Whether a finding of this severity blocks (Severity is ordered CRITICAL first). */
    public boolean blocks(Severity severity) {
        return severity.compareTo(blockingSeverity) <= 0;
    }
}
