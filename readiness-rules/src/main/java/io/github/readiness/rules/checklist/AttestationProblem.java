package io.github.readiness.rules.checklist;

/**
 * An attestation that does not count: for an item the checklist does not have (with the nearest id), dated after
 * the build date, or for an item a rule measures.
 *
 * @param message one line: what is wrong and the fix
 */
public record AttestationProblem(Attestation attestation, Kind kind, String message) {
    /** Why the attestation does not count. */
    public enum Kind {
        UNKNOWN_ITEM,
        FUTURE_DATE,
        MEASURED_ITEM
    }
}
