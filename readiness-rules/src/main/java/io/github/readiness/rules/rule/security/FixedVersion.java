package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.security.AffectedRange;
import io.github.readiness.rules.evidence.security.Vulnerability;
import java.util.Optional;

/**
 * The first version without a vulnerability, from the affected range dependency-check marked as the one that matched
 * the scanned dependency ({@code vulnerabilityIdMatched}), when it contains the version in use (or the version is
 * unknown). {@code versionEndExcluding} is itself the fix; {@code versionEndIncluding} only says the fix comes after
 * it. Unmatched ranges are never used: a CVE lists the ranges of every affected product (jQuery's CVE-2020-11023
 * also names an Oracle product fixed in 21.1.2), and a wrong upgrade target is worse than none.
 *
 * @param version the bound the report gives
 * @param after true when the fix is some version after {@code version} (the range's end was inclusive)
 */
record FixedVersion(String version, boolean after) {

    static Optional<FixedVersion> of(Vulnerability vulnerability, String current) {
        return vulnerability.affected().stream()
                .filter(AffectedRange::matched)
                .filter(range -> range.endExcluding() != null || range.endIncluding() != null)
                .filter(range -> current == null || contains(range, current))
                .map(range -> range.endExcluding() != null
                        ? new FixedVersion(range.endExcluding(), false)
                        : new FixedVersion(range.endIncluding(), true))
                .max(FixedVersion::compareTo);
    }

    /** The later of two fixes; "after 2.0" is later than "2.0". */
    int compareTo(FixedVersion other) {
        int order = VersionOrder.INSTANCE.compare(version, other.version);
        return order != 0 ? order : Boolean.compare(after, other.after);
    }

    /** "2.17.1" or "a version after 2.17.0". */
    String describe() {
        return after ? "a version after " + version : version;
    }

    private static boolean contains(AffectedRange range, String version) {
        VersionOrder order = VersionOrder.INSTANCE;
        return (range.startIncluding() == null || order.compare(version, range.startIncluding()) >= 0)
                && (range.startExcluding() == null || order.compare(version, range.startExcluding()) > 0)
                && (range.endExcluding() == null || order.compare(version, range.endExcluding()) < 0)
                && (range.endIncluding() == null || order.compare(version, range.endIncluding()) <= 0);
    }
}
