package io.github.readiness.rules.evidence.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a dependency-check audit while a reader streams over one report: the engine version, the scanned project,
 * every dependency counted and the vulnerable ones kept in report order. The one audit builder behind the JSON, XML
 * and SARIF readers, so every format of the same scan gives the same {@link DependencyAudit}; each reader only maps
 * its format's names onto these calls.
 */
final class DependencyAuditBuilder {
    private final List<VulnerableDependency> vulnerable = new ArrayList<>();
    private ScannedProject project = ScannedProject.UNKNOWN;
    private String engineVersion;
    private int dependencyCount;

    void engineVersion(String engineVersion) {
        this.engineVersion = engineVersion;
    }

    void project(ScannedProject project) {
        this.project = project;
    }

    /** Starts the next dependency of the report, counted whether or not it turns out vulnerable. */
    Dependency dependency() {
        dependencyCount++;
        return new Dependency();
    }

    DependencyAudit build() {
        return new DependencyAudit(DependencyCheckJsonReader.TOOL, engineVersion, dependencyCount, vulnerable, project);
    }

    /** One dependency while it streams by; {@link #end()} keeps it only when it has a vulnerability. */
    final class Dependency {
        private final List<String> packageIds = new ArrayList<>();
        private final List<Vulnerability> vulnerabilities = new ArrayList<>();
        private final List<String> projectReferences = new ArrayList<>();
        private final List<String> includedBy = new ArrayList<>();
        private String fileName;
        private String filePath;

        void fileName(String fileName) {
            this.fileName = fileName;
        }

        void filePath(String filePath) {
            this.filePath = filePath;
        }

        /** A package id (a purl, or {@code g:a:v} in 4.x reports); blank is absent. */
        void packageId(String id) {
            addPresent(packageIds, id);
        }

        /** A module of the scanned build that uses the dependency; blank is absent. */
        void projectReference(String reference) {
            addPresent(projectReferences, reference);
        }

        /** The direct dependency that brings it in ({@code pkg:maven/g/a@v}); blank is absent. */
        void includedBy(String reference) {
            addPresent(includedBy, reference);
        }

        /** An active or suppressed vulnerability, in report order. */
        void vulnerability(Vulnerability vulnerability) {
            vulnerabilities.add(vulnerability);
        }

        /** Ends the dependency: kept when it has a vulnerability. */
        void end() {
            if (!vulnerabilities.isEmpty()) {
                vulnerable.add(new VulnerableDependency(
                        fileName, filePath, packageIds, vulnerabilities, projectReferences, includedBy));
            }
        }

        private static void addPresent(List<String> into, String text) {
            if (text != null && !text.isBlank()) {
                into.add(text);
            }
        }
    }
}
