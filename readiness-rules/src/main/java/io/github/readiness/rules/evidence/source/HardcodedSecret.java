package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * A secret found in a source or resource file. The secret itself is never kept: only a masked form for people and
 * a fingerprint for allow-lists and waivers.
 *
 * @param patternId the detector's stable id ({@code aws-access-key-id}, {@code credential-assignment}: a {@link
 *     SecretPattern} id), usable in an allow-list entry
 * @param description what was found, for the message ("AWS access key id")
 * @param masked the value with all but a short prefix replaced ({@code AKIA****************}); never the secret
 * @param fingerprint a stable hash of file-independent facts (pattern and value), the same wherever it appears
 */
public record HardcodedSecret(
        String patternId, SecretKind kind, String description, Location location, String masked, String fingerprint) {
    public HardcodedSecret {
        Objects.requireNonNull(patternId, "patternId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
