package io.github.readiness.rules.evidence.security;

import java.time.Instant;

/**
 * The project a dependency report says it scanned ({@code projectInfo} in dependency-check reports), so a report
 * copied from another project or left over from an old scan is not trusted silently. Every field may be null: old
 * engines write only the name.
 *
 * @param name the scanned project's name (dependency-check-maven writes the POM's {@code <name>}, else artifactId)
 * @param reportDate when the scan ran, null when absent or unparseable
 */
public record ScannedProject(String name, String groupId, String artifactId, String version, Instant reportDate) {
    /** Nothing known about the scanned project (SARIF, or a report without projectInfo). */
    public static final ScannedProject UNKNOWN = new ScannedProject(null, null, null, null, null);
}
