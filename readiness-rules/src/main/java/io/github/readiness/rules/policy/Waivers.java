package io.github.readiness.rules.policy;

import java.util.List;

/**
 * The waivers in force and how they are policed.
 *
 * @param entries the waivers, in configuration order
 * @param warnDays a waiver expiring within this many days is announced (log and report); default 14
 * @param maxDaysAhead how far ahead a waiver may expire, counted from the build date; null for no cap
 */
public record Waivers(List<Waiver> entries, int warnDays, Integer maxDaysAhead) {
    public static final int DEFAULT_WARN_DAYS = 14;
    public static final Waivers NONE = new Waivers(List.of(), DEFAULT_WARN_DAYS, null);

    public Waivers {
        entries = List.copyOf(entries);
        if (warnDays < 0) {
            throw new PolicyException("waiver warnDays is " + warnDays + ": use 0 or more");
        }
        if (maxDaysAhead != null && maxDaysAhead < 1) {
            throw new PolicyException("waiver maxDaysAhead is " + maxDaysAhead + ": use 1 or more (or leave it unset)");
        }
    }
}
