package io.github.readiness.rules.reactor;

import java.util.Locale;

/** Whether a reactor module was judged, and if not, why. */
public enum ModuleStatus {
    /** The check ran on the module: its scorecard counts. */
    CHECKED,
    /** The check was skipped ({@code readiness.skip}): listed, counted nowhere. */
    SKIPPED,
    /** The module does not run the check (the goal is not bound there): listed, counted nowhere. */
    NOT_CHECKED,
    /** The module is part of the reactor but not of this build ({@code -pl}, {@code -rf}): listed, counted nowhere. */
    NOT_BUILT;

    /** The spelling in readiness.json: {@code checked}, {@code skipped}, {@code not-checked}, {@code not-built}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
