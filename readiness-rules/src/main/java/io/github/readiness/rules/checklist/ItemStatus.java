package io.github.readiness.rules.checklist;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One checklist item as judged on the build date: a line of the report's checklist.
 *
 * @param attestation the attestation that counts for it, or null (measured items, missing ones)
 * @param expiresOn the day the attestation stops counting, or null when it never expires (or there is none)
 * @param daysLeft days from the build date to {@code expiresOn}: 0 on the last day, negative once expired; null
 *     without an expiry
 * @param detail why the item is not done, or what to renew, in one line; null when done with nothing to say
 */
public record ItemStatus(
        ChecklistItem item,
        ItemState state,
        Attestation attestation,
        LocalDate expiresOn,
        Long daysLeft,
        String detail) {
    public ItemStatus {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(state, "state");
    }

    /** A required item that is not done: it blocks (while the checklist rule is at ERROR). */
    public boolean openRequired() {
        return item.required() && !state.done();
    }
}
