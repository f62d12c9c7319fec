package io.github.readiness.rules.model;

/** How bad a finding is, most severe first (the declaration order is the sort order). */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO
}
