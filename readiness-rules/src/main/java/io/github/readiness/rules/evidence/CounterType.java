package io.github.readiness.rules.evidence;

/** JaCoCo's six coverage counters, in JaCoCo's own order. */
public enum CounterType {
    INSTRUCTION,
    BRANCH,
    LINE,
    COMPLEXITY,
    METHOD,
    CLASS;

    /** Lower-case name used in messages and JSON ("line", "branch"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
