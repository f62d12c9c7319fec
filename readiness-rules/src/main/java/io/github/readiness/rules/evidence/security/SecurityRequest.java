package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.model.ProjectInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where to look for one module's security evidence, and what to hold it against.
 *
 * @param auditReports configured dependency-check reports (JSON, XML or SARIF, told by content); empty for the
 *     defaults: {@code target/dependency-check-report.json}, {@code .xml}, {@code .sarif} of the module, then of the
 *     reactor root (dependency-check's {@code aggregate} goal writes there)
 * @param reactorBuildDirectory the top-level project's build directory, null when this module is the top level
 * @param reactorProject the top-level project, whose name an aggregate report carries; null with no reactor root
 * @param sarifReports configured SARIF files or globs ({@code target/*.sarif}, {@code reports/**}/{@code *.sarif}),
 *     relative to {@code baseDir}; empty for the defaults {@code target/*.sarif}, {@code target/*.sarif.json},
 *     {@code target/spotbugsSarif.json}
 * @param pom the module's POM: an audit older than it is stale
 * @param packagingPom a POM-only module: it has no dependencies of its own to audit, so a missing audit is fine
 * @param maxAgeDays an audit older than this is stale; null for no limit
 * @param now the build's clock, for the audit's age
 */
public record SecurityRequest(
        Path baseDir,
        Path buildDirectory,
        List<Path> auditReports,
        Path reactorBuildDirectory,
        ProjectInfo project,
        ProjectInfo reactorProject,
        List<String> sarifReports,
        Path pom,
        boolean packagingPom,
        Integer maxAgeDays,
        Instant now) {
    public SecurityRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(now, "now");
        auditReports = List.copyOf(auditReports);
        sarifReports = List.copyOf(sarifReports);
    }
}
