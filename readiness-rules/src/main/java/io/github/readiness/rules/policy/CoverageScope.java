package io.github.readiness.rules.policy;

import java.util.Locale;

/**
 * Where the coverage thresholds ({@code coverage.line}, {@code coverage.branch}) apply in a multi-module build. In a
 * single-module build the module is the whole, so every scope judges it the same way.
 */
public enum CoverageScope {
    /** Each module against the thresholds (the default: what a single-module build and JaCoCo's check do). */
    MODULE,
    /** Only the reactor's aggregated coverage: a module below the bar reports its coverage but does not block. */
    AGGREGATE,
    /** Each module and the aggregate. */
    BOTH;

    /** The policy file's spelling: {@code module}, {@code aggregate}, {@code both}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean judgesModules() {
        return this != AGGREGATE;
    }

    public boolean judgesAggregate() {
        return this != MODULE;
    }
}
