package io.github.readiness.rules.policy;

import java.util.Objects;

/**
 * One configured waiver as judged on the build date: the report's {@code waivers} array.
 *
 * @param daysLeft days from the build date to the expiry date: 0 on the last day, negative once expired
 * @param matched how many findings the waiver matches (waived or not)
 * @param warning what to tell people, one line ("waiver for coverage.line expires on 2027-03-31, in 5 days ..."),
 *     or null when the waiver is simply active
 */
public record WaiverStatus(Waiver waiver, WaiverState state, long daysLeft, int matched, String warning) {
    public WaiverStatus {
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(state, "state");
        if ((warning == null) != (state == WaiverState.ACTIVE)) {
            throw new IllegalArgumentException("a warning for every state but active: " + state + " " + warning);
        }
    }
}
