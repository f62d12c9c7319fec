package io.github.readiness.rules.model;

import java.util.Objects;

/**
 * One problem a rule found. Measured and expected are null when the rule measures nothing (e.g. missing
 * evidence); location is null when the problem is not tied to a file.
 *
 * @param rule the id of the rule that found it, as in readiness.json
 * @param key what the finding is about within the rule (a test name, a counter, a file), for waivers
 * @param effortMinutes estimated minutes to fix it, from the rule's documented estimate at the policy's rate
 *     ({@code rules.<id>.effort}, applied by the engine)
 * @param waived an active waiver accepts it: shown, but not counted in score, effort or verdict
 * @param waiver the waiver that accepts it (reason, owner, expiry), or null; never set on an unwaived finding
 * @param module the reactor module it was found in (its artifactId), or null in a module's own report; only the
 *     reactor result tags findings
 */
public record Finding(
        String rule,
        Category category,
        Severity severity,
        boolean blocking,
        String key,
        String message,
        Double measured,
        Double expected,
        Location location,
        String remediation,
        int effortMinutes,
        boolean waived,
        WaiverNote waiver,
        String module) {

    /** A finding of the module being evaluated (no module tag). */
    public Finding(
            String rule,
            Category category,
            Severity severity,
            boolean blocking,
            String key,
            String message,
            Double measured,
            Double expected,
            Location location,
            String remediation,
            int effortMinutes,
            boolean waived,
            WaiverNote waiver) {
        this(
                rule,
                category,
                severity,
                blocking,
                key,
                message,
                measured,
                expected,
                location,
                remediation,
                effortMinutes,
                waived,
                waiver,
                null);
    }

    /** A finding without a waiver note (rules create findings unwaived; the engine applies waivers). */
    public Finding(
            String rule,
            Category category,
            Severity severity,
            boolean blocking,
            String key,
            String message,
            Double measured,
            Double expected,
            Location location,
            String remediation,
            int effortMinutes,
            boolean waived) {
        this(
                rule,
                category,
                severity,
                blocking,
                key,
                message,
                measured,
                expected,
                location,
                remediation,
                effortMinutes,
                waived,
                null);
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
        key = key == null ? "" : key;
        if (effortMinutes < 0) {
            throw new IllegalArgumentException("effortMinutes must be >= 0: " + effortMinutes);
        }
        if (waiver != null && !waived) {
            throw new IllegalArgumentException("a finding with a waiver note is waived: " + rule + " " + key);
        }
    }

    /** Whether this finding stops the release: blocking and not waived. */
    public boolean blocks() {
        return blocking && !waived;
    }

    /** A copy that no longer blocks (the rule's level is WARN). */
    public Finding asNonBlocking() {
        return copy(false, effortMinutes, waived, waiver, module);
    }

    /** A copy with another effort (the effort of a fix shared with waived findings moves to this one). */
    public Finding withEffortMinutes(int minutes) {
        return copy(blocking, minutes, waived, waiver, module);
    }

    /** A copy accepted by a waiver: it keeps its severity and blocking flag, but no longer counts. */
    public Finding waivedBy(WaiverNote note) {
        return copy(blocking, effortMinutes, true, Objects.requireNonNull(note, "note"), module);
    }

    /** A copy tagged with the reactor module it belongs to, for the reactor result. */
    public Finding inModule(String moduleName) {
        return copy(blocking, effortMinutes, waived, waiver, Objects.requireNonNull(moduleName, "module"));
    }

    /** The one place that lists every component for a copy: only what the engine changes after a rule is a parameter. */
    private Finding copy(
            boolean newBlocking, int newEffortMinutes, boolean newWaived, WaiverNote newWaiver, String newModule) {
        return new Finding(
                rule,
                category,
                severity,
                newBlocking,
                key,
                message,
                measured,
                expected,
                location,
                remediation,
                newEffortMinutes,
                newWaived,
                newWaiver,
                newModule);
    }
}
