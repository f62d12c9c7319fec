package io.github.readiness.rules.policy;

import java.util.Objects;

/**
 * How a multi-module build is judged as a whole.
 *
 * @param coverageScope where the coverage thresholds apply; default {@link CoverageScope#MODULE}
 * @param failAt when a NOT_READY verdict fails the build; default {@link FailAt#END}
 */
public record ReactorSettings(CoverageScope coverageScope, FailAt failAt) {
    /** Thresholds per module (today's behaviour), one failure at the end of the reactor. */
    public static final ReactorSettings DEFAULT = new ReactorSettings(CoverageScope.MODULE, FailAt.END);

    public ReactorSettings {
        Objects.requireNonNull(coverageScope, "coverageScope");
        Objects.requireNonNull(failAt, "failAt");
    }
}
