package io.github.readiness.rules.evidence.security;

import java.util.List;

/**
 * A dependency with at least one vulnerability (active or suppressed).
 *
 * @param fileName the scanned file ("spring-web-5.3.9.jar")
 * @param packageIds package identifiers the scanner gives (purl such as pkg:maven/g/a@v, or maven g:a:v), may be empty
 * @param projectReferences the modules that use it, as the report writes them ("module-a:compile"), may be empty
 * @param includedBy the direct dependencies that pull it in (purls), may be empty
 */
public record VulnerableDependency(
        String fileName,
        String filePath,
        List<String> packageIds,
        List<Vulnerability> vulnerabilities,
        List<String> projectReferences,
        List<String> includedBy) {
    public VulnerableDependency {
        packageIds = List.copyOf(packageIds);
        projectReferences = List.copyOf(projectReferences);
        includedBy = List.copyOf(includedBy);
        vulnerabilities = List.copyOf(vulnerabilities);
    }
}
