package io.github.readiness.rules.evidence;

import java.util.List;
import java.util.Objects;

/**
 * A piece of evidence as collected: its value when READ, otherwise only the status and why. Missing evidence
 * is a value, never an exception and never a silent 0 % or 100 %.
 *
 * @param value present exactly when status is READ
 * @param detail why it is not READ, naming the path looked at and how to produce the evidence
 * @param records the evidence table lines this collection contributes
 */
public record Collected<T>(EvidenceStatus status, T value, String detail, List<EvidenceRecord> records) {
    public Collected {
        Objects.requireNonNull(status, "status");
        if ((status == EvidenceStatus.READ) != (value != null)) {
            throw new IllegalArgumentException("a value is present exactly when the status is READ: " + status);
        }
        detail = detail == null ? "" : detail;
        records = List.copyOf(records);
    }

    public static <T> Collected<T> read(T value, List<EvidenceRecord> records) {
        return new Collected<>(EvidenceStatus.READ, value, "", records);
    }

    public static <T> Collected<T> missing(EvidenceStatus status, String detail, List<EvidenceRecord> records) {
        return new Collected<>(status, null, detail, records);
    }

    public boolean isRead() {
        return status == EvidenceStatus.READ;
    }
}
