package io.github.readiness.rules.evidence.security;

import java.util.List;

/**
 * A dependency scanner's report (OWASP dependency-check, JSON or XML).
 *
 * @param engineVersion the scanner's version as written in the report (scanInfo.engineVersion)
 * @param dependencyCount dependencies scanned, vulnerable or not
 * @param vulnerable only the dependencies with at least one vulnerability, in report order
 */
public record DependencyAudit(String tool, String engineVersion, int dependencyCount, List<VulnerableDependency> vulnerable) {
    public DependencyAudit {
        vulnerable = List.copyOf(vulnerable);
    }
}
