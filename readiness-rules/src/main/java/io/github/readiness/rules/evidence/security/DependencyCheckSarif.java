package io.github.readiness.rules.evidence.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the dependency-check results of a SARIF log into the {@link DependencyAudit} its JSON report of the same scan
 * gives, so a project that only keeps {@code dependency-check-report.sarif} is gated alike. Same in substance: per
 * vulnerable dependency the vulnerability ids, CVSS scores (from the rule properties {@code cvssv2_score},
 * {@code cvssv3_baseScore}, {@code cvssv4_baseScore}) and reported severity ("medium" from a rule described as
 * "medium severity - CVE-..."), and the CISA KEV mark dependency-check 12.x writes in the rule's short and full
 * descriptions ("... *Known Exploited Vulnerability*", "CISA Known Exploited Vulnerability\nVendor/Project: ...").
 * A dependency is a scanned file (the result's artifact URI) with its purl (the logical location), as the JSON
 * report lists files: two files of one package stay two dependencies.
 *
 * <p>What SARIF does not carry stays empty: CWEs, descriptions, affected version ranges, module
 * references and the scanned project (its scan date only when the run has an invocation time). SARIF lists no clean dependency, so
 * {@link DependencyAudit#dependencyCount()} counts only the vulnerable ones (12 where the JSON report of the same
 * scan counts 229). A result suppressed in the SARIF itself stays a suppressed vulnerability with its justification;
 * dependency-check leaves its own suppressed vulnerabilities out of SARIF altogether.
 */
public final class DependencyCheckSarif {
    private static final String SEVERITY_SEPARATOR = " severity - ";

    private DependencyCheckSarif() {}

    /**
     * @return the audit of the dependency-check runs' results, in file order; empty when no run of the log is
     *     dependency-check (another scanner's SARIF is no dependency audit, not even an empty one)
     */
    public static Optional<DependencyAudit> audit(SarifReport report) {
        String engineVersion = null;
        Instant scannedAt = null;
        boolean found = false;
        for (String tool : report.tools()) {
            if (isDependencyCheck(tool)) {
                found = true;
                engineVersion = engineVersion != null ? engineVersion : version(tool);
                scannedAt = scannedAt != null ? scannedAt : report.scannedAt().get(tool);
            }
        }
        if (!found) {
            return Optional.empty();
        }
        // by file: bootstrap.js and bootstrap.min.js (one purl) are two dependencies in the JSON report too; a result
        // without a file is grouped by its package
        Map<List<String>, List<SarifResult>> byFile = new LinkedHashMap<>();
        for (SarifResult result : report.results()) {
            if (isDependencyCheck(result.tool())) {
                List<String> key = result.location() != null
                        ? Arrays.asList(result.location().file(), null)
                        : Arrays.asList(null, result.logicalLocation());
                byFile.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
            }
        }
        DependencyAuditBuilder audit = new DependencyAuditBuilder();
        audit.engineVersion(engineVersion);
        if (scannedAt != null) {
            // SARIF names no scanned project; its run's invocation may say when it ran (dependency-check 12 writes
            // none)
            audit.project(new ScannedProject(null, null, null, null, scannedAt));
        }
        byFile.values().forEach(results -> dependency(audit, results));
        return Optional.of(audit.build());
    }

    /**
     * {@code packageIds} are the results' logical locations (purls), distinct, in order; dependency-check writes
     * none for a file it found no package for (bcprov-jdk18on-1.71.jar inside jruby-stdlib in the real report),
     * whose JSON entry has no package either. The file name is the artifact URI's last segment, the path the URI as
     * written; both null for a result without a physical location.
     */
    private static void dependency(DependencyAuditBuilder audit, List<SarifResult> results) {
        SarifResult first = results.get(0);
        String uri = first.location() == null ? null : first.location().file();
        DependencyAuditBuilder.Dependency dependency = audit.dependency();
        dependency.fileName(fileName(uri));
        dependency.filePath(uri);
        results.stream()
                .map(SarifResult::logicalLocation)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(dependency::packageId);
        results.forEach(result -> dependency.vulnerability(vulnerability(result)));
        dependency.end(); // kept: every group has at least one result, so the count is the vulnerable ones
    }

    private static Vulnerability vulnerability(SarifResult result) {
        String id = result.ruleId() != null ? result.ruleId() : result.message();
        return new Vulnerability(
                id,
                null,
                reportedSeverity(result.ruleDescription()),
                result.scores(),
                result.knownExploited(),
                result.suppressed(),
                List.of(),
                null,
                result.justification(),
                List.of());
    }

    /**
     * The word before " severity - " in dependency-check's rule description ("medium severity - CVE-2019-8331
     * ..." and, for RetireJS, "low severity - possible XSS ..."), as written; null when the description has no
     * such prefix.
     */
    static String reportedSeverity(String ruleDescription) {
        if (ruleDescription == null) {
            return null;
        }
        int separator = ruleDescription.indexOf(SEVERITY_SEPARATOR);
        String word = separator > 0 ? ruleDescription.substring(0, separator).strip() : "";
        return word.isEmpty() || word.contains(" ") ? null : word;
    }

    /** "aircompressor-0.27.jar" from "file:///home/.../aircompressor-0.27.jar" (percent-escapes decoded). */
    static String fileName(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String path = uri;
        try {
            String decoded = new URI(uri).getPath();
            path = decoded != null ? decoded : uri;
        } catch (URISyntaxException e) {
            // a Windows path or other non-URI text: its last segment all the same
        }
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
    }

    static boolean isDependencyCheck(String tool) {
        return tool != null
                && (tool.equalsIgnoreCase(DependencyCheckJsonReader.TOOL)
                        || tool.regionMatches(
                                true,
                                0,
                                DependencyCheckJsonReader.TOOL + " ",
                                0,
                                DependencyCheckJsonReader.TOOL.length() + 1));
    }

    /** "12.2.2" from "dependency-check 12.2.2", the way {@link SarifReader} names a run's tool; null without. */
    private static String version(String tool) {
        String version = tool.substring(DependencyCheckJsonReader.TOOL.length()).strip();
        return version.isEmpty() ? null : version;
    }
}
