package io.github.readiness.rules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a finding is waived, as every report shows it: the accepted risk's reason, who answers for it, and until when.
 *
 * @param expires the last day the waiver applies
 * @param daysLeft days from the build date to {@code expires} (0 on the last day)
 */
public record WaiverNote(String reason, String owner, LocalDate expires, long daysLeft) {
    public WaiverNote {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        if (daysLeft < 0) {
            throw new IllegalArgumentException("an expired waiver waives nothing: daysLeft " + daysLeft);
        }
    }
}
