package io.github.readiness.rules.evidence;

import java.util.Objects;

/**
 * One line of the report's evidence table: which source, where it was looked for, what was found.
 *
 * @param path relative to the project base directory, forward slashes
 * @param detail a human explanation (how to produce the evidence, why it is stale); empty when READ
 */
public record EvidenceRecord(String source, String path, EvidenceStatus status, String detail) {
    public EvidenceRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }
}
