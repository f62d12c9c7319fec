package io.github.readiness.rules.checklist;

/** Where a checklist item stands on the build date. Ids are part of readiness.json ({@code checklist[].state}). */
public enum ItemState {
    /** Measured: its rule ran and has no unwaived finding. */
    SATISFIED("satisfied", true),
    /** Measured: its rule has unwaived findings (or is OFF). */
    FAILING("failing", false),
    /** Measured, but its rule had nothing to judge here (a library has no health endpoint to check). */
    NOT_MEASURED("not-measured", true),
    /** In a service-only category (deployment, data, observability) of a project that is not a service. */
    NOT_APPLICABLE("not-applicable", true),
    /** Attested, within its validity, evidence present. */
    ATTESTED("attested", true),
    /** Attested, but the attestation expires within the policy's warnDays. */
    EXPIRING("expiring", true),
    /** No attestation (or only one dated after the build date). */
    MISSING("missing", false),
    /** The attestation is older than the item's validFor. */
    EXPIRED("expired", false),
    /** The attestation names a repository file that is not there. */
    EVIDENCE_MISSING("evidence-missing", false);

    private final String id;
    private final boolean done;

    ItemState(String id, boolean done) {
        this.id = id;
        this.done = done;
    }

    public String id() {
        return id;
    }

    /** Whether the item counts as done (ticked in the report); a required item that is not done blocks. */
    public boolean done() {
        return done;
    }
}
