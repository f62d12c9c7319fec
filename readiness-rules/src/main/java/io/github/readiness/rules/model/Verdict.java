package io.github.readiness.rules.model;

/** The go/no-go answer of an audit. */
public enum Verdict {
    /** No blocker, no HIGH finding, score at or above the minimum. */
    READY,
    /** No blocker and the score is high enough, but HIGH findings remain. */
    CONDITIONAL,
    /** A blocking finding, or a score below the minimum. */
    NOT_READY
}
