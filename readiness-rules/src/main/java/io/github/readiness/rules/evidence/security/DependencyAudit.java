package io.github.readiness.rules.evidence.security;

import java.util.List;

/**
 * A dependency scanner's report (OWASP dependency-check, JSON or XML).
 *
 * @param engineVersion the scanner's version as written in the report (scanInfo.engineVersion)
 * @param dependencyCount dependencies scanned, vulnerable or not
 * @param vulnerable only the dependencies with at least one vulnerability, in report order
 * @param project what the report says it scanned; {@link ScannedProject#UNKNOWN} when it does not say
 */
public record DependencyAudit(
        String tool,
        String engineVersion,
        int dependencyCount,
        List<VulnerableDependency> vulnerable,
        ScannedProject project) {
    public DependencyAudit {
        project = project == null ? ScannedProject.UNKNOWN : project;
        vulnerable = List.copyOf(vulnerable);
    }
}
