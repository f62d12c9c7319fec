package io.github.readiness.rules.policy;

/** Where a waiver stands on the build date. Ids are part of readiness.json ({@code waivers[].state}). */
public enum WaiverState {
    /** Applied: its findings are waived. */
    ACTIVE("active", true),
    /** Applied, but it expires within the policy's warnDays: renew it or fix the findings. */
    EXPIRING("expiring", true),
    /** Past its expiry date: its findings count again. */
    EXPIRED("expired", false),
    /** It matches no finding (whatever its date): remove it. */
    STALE("stale", false),
    /** It expires further ahead than the policy's maxDaysAhead allows: not applied. */
    TOO_FAR_AHEAD("too-far-ahead", false);

    private final String id;
    private final boolean applied;

    WaiverState(String id, boolean applied) {
        this.id = id;
        this.applied = applied;
    }

    public String id() {
        return id;
    }

    /** Whether the waiver waives the findings it matches. */
    public boolean applied() {
        return applied;
    }
}
