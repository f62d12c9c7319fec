package io.github.readiness.rules.policy;

import java.util.Locale;

/**
 * Whether a build that skipped its tests fails. Its verdict is never READY either way (its coverage and test evidence
 * is an earlier run's); this decides only whether that NOT_READY fails the build.
 */
public enum OnSkippedTests {
    /** The NOT_READY verdict fails the build, as any other. */
    FAIL,
    /** The build passes with a warning that it was not judged. */
    WARN,
    /** FAIL on a CI server, WARN elsewhere (the default): the developer loop stays usable, CI stays honest. */
    AUTO;

    /** The policy file's spelling: {@code fail}, {@code warn}, {@code auto} (any case is read). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
