package io.github.readiness.rules.evidence;

/** What happened when the gate looked for a piece of evidence. */
public enum EvidenceStatus {
    /** Read and usable. */
    READ,
    /** Nothing at the place looked at. */
    NOT_AVAILABLE,
    /** There is nothing to measure (e.g. no compiled classes, so no coverage to expect). */
    NOT_APPLICABLE,
    /** This build skipped the step that produces it; files on disk are left over from an earlier run. */
    NOT_RUN,
    /** Older than what it describes, or describing other classes than those compiled. */
    STALE,
    /** Readable but meaningless (e.g. an empty JaCoCo aggregate with no counters). */
    INVALID
}
