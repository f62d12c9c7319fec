package io.github.readiness.rules.evidence.security;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The numbers the dependency-check reader tests compare with counts taken from the real files (python3 json /
 * ElementTree over the fixture, see each test's comment).
 *
 * @param severities count per reported severity as written, "High=27;Low=5;Medium=86" (absent severities left out)
 */
record AuditTally(
        String engineVersion,
        int dependencies,
        int vulnerableDependencies,
        int active,
        int suppressed,
        String severities,
        long withV4,
        long withV3,
        long withV2,
        long knownExploited,
        long withNotes,
        long notCveIds) {

    static AuditTally of(DependencyAudit audit) {
        Map<String, Long> bySeverity = new TreeMap<>(all(audit)
                .filter(v -> v.reportedSeverity() != null)
                .collect(Collectors.groupingBy(Vulnerability::reportedSeverity, Collectors.counting())));
        return new AuditTally(
                audit.engineVersion(),
                audit.dependencyCount(),
                audit.vulnerable().size(),
                (int) count(audit, v -> !v.suppressed()),
                (int) count(audit, Vulnerability::suppressed),
                bySeverity.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(";")),
                count(audit, v -> hasVersion(v, 4)),
                count(audit, v -> hasVersion(v, 3)),
                count(audit, v -> hasVersion(v, 2)),
                count(audit, Vulnerability::knownExploited),
                count(audit, v -> v.notes() != null),
                count(audit, v -> !v.id().startsWith("CVE-")));
    }

    static Stream<Vulnerability> all(DependencyAudit audit) {
        return audit.vulnerable().stream().flatMap(d -> d.vulnerabilities().stream());
    }

    static Vulnerability find(DependencyAudit audit, String fileName, String id) {
        return audit.vulnerable().stream()
                .filter(d -> d.fileName().equals(fileName))
                .flatMap(d -> d.vulnerabilities().stream())
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + fileName));
    }

    static Cvss score(Vulnerability vulnerability, int version) {
        return vulnerability.scores().stream()
                .filter(c -> c.version() == version)
                .findFirst()
                .orElse(null);
    }

    static Path resource(String path) throws URISyntaxException {
        return Path.of(AuditTally.class.getClassLoader().getResource(path).toURI());
    }

    private static long count(DependencyAudit audit, Predicate<Vulnerability> which) {
        return all(audit).filter(which).count();
    }

    private static boolean hasVersion(Vulnerability vulnerability, int version) {
        return score(vulnerability, version) != null;
    }
}
