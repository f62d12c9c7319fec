package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.VersionKind;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.ArtifactUtils;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.Restriction;
import org.apache.maven.artifact.versioning.VersionRange;

/** Classifies a version by Maven's own rules (its range parser and snapshot test), never by string patterns. */
final class VersionKinds {
    private VersionKinds() {}

    /**
     * {@code LATEST}/{@code RELEASE} -> META; a range (a spec without a recommended version) -> RANGE, except
     * {@code [1.0]}, which pins one version; a spec Maven cannot parse -> RANGE (it pins nothing); a snapshot
     * ({@code -SNAPSHOT} or timestamped) -> SNAPSHOT; anything else -> FIXED. Null or blank -> MISSING.
     */
    static VersionKind of(String version) {
        if (version == null || version.isBlank()) {
            return VersionKind.MISSING;
        }
        if (Artifact.LATEST_VERSION.equals(version) || Artifact.RELEASE_VERSION.equals(version)) {
            return VersionKind.META;
        }
        String pinned = version;
        try {
            VersionRange range = VersionRange.createFromVersionSpec(version);
            if (range.getRecommendedVersion() == null) {
                pinned = onlyVersion(range.getRestrictions());
                if (pinned == null) {
                    return VersionKind.RANGE;
                }
            }
        } catch (InvalidVersionSpecificationException e) {
            return VersionKind.RANGE;
        }
        return ArtifactUtils.isSnapshot(pinned) ? VersionKind.SNAPSHOT : VersionKind.FIXED;
    }

    /** The version {@code [1.0]} pins: one restriction whose inclusive bounds are the same; else null. */
    private static String onlyVersion(List<Restriction> restrictions) {
        if (restrictions.size() != 1) {
            return null;
        }
        Restriction only = restrictions.get(0);
        boolean single = only.isLowerBoundInclusive()
                && only.isUpperBoundInclusive()
                && only.getLowerBound() != null
                && only.getLowerBound().equals(only.getUpperBound());
        return single ? only.getLowerBound().toString() : null;
    }
}
