package io.github.readiness.rules.evidence.security;

/**
 * A range of affected versions from a vulnerability's {@code vulnerableSoftware} entry, as written (version
 * strings are not interpreted here). At least one bound is present; any bound may be null.
 *
 * @param matched dependency-check marked this entry {@code vulnerabilityIdMatched}: the range that matched the
 *     scanned dependency
 */
public record AffectedRange(
        String startIncluding, String startExcluding, String endIncluding, String endExcluding, boolean matched) {}
