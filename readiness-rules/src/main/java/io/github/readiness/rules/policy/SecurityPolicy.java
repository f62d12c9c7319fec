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
 * @param maxAuditAgeDays a dependency audit scanned longer ago than this many days is stale (default
 *     {@value #DEFAULT_MAX_AUDIT_AGE_DAYS}); null for no limit
 */
public record SecurityPolicy(CvssPreference cvssPreference, Severity blockingSeverity, Integer maxAuditAgeDays) {
    /**
     * 30 days: dependency-check itself refreshes its NVD data when it is older than 4 hours and CISA's KEV list
     * changes every week, so an audit is out of date within days; a month leaves room for a scheduled (weekly or
     * monthly) audit job whose report the build reuses, and still catches a report that is months old.
     */
    public static final int DEFAULT_MAX_AUDIT_AGE_DAYS = 30;

    public static final SecurityPolicy DEFAULT =
            new SecurityPolicy(CvssPreference.HIGHEST, Severity.CRITICAL, DEFAULT_MAX_AUDIT_AGE_DAYS);

    public SecurityPolicy {
        Objects.requireNonNull(cvssPreference, "cvssPreference");
        Objects.requireNonNull(blockingSeverity, "blockingSeverity");
        if (blockingSeverity == Severity.INFO) {
            throw new PolicyException("blocking severity INFO would block on every informational finding:"
                    + " use CRITICAL, HIGH, MEDIUM or LOW");
        }
        if (maxAuditAgeDays != null && maxAuditAgeDays < 1) {
            throw new PolicyException("maximum dependency audit age is " + maxAuditAgeDays + " days: use 1 or more"
                    + " (default " + DEFAULT_MAX_AUDIT_AGE_DAYS + ")");
        }
    }

    /** Whether a finding of this severity blocks (Severity is ordered CRITICAL first). */
    public boolean blocks(Severity severity) {
        return severity.compareTo(blockingSeverity) <= 0;
    }
}
