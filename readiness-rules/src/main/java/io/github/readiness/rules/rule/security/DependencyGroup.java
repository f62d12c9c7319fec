package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.RankedSeverity;
import io.github.readiness.rules.evidence.security.SeverityRanking;
import io.github.readiness.rules.evidence.security.Vulnerability;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vulnerabilities of one package, however many files carry it (dependency-check lists {@code bootstrap.js} and
 * {@code bootstrap.min.js} of one jar separately): one upgrade fixes them all, so they share one remediation.
 * Each vulnerability id appears once per package, ranked by the policy's CVSS preference, most severe first.
 */
record DependencyGroup(
        PackageCoordinates coordinates, List<Ranked> vulnerabilities, Set<String> usedBy, Set<String> includedBy) {

    /** A vulnerability with the severity policy gave it. */
    record Ranked(Vulnerability vulnerability, RankedSeverity severity) {}

    private static final Comparator<Ranked> MOST_SEVERE_FIRST = Comparator.comparing(
                    (Ranked r) -> r.severity().severity())
            .thenComparing(r -> !r.vulnerability().knownExploited())
            .thenComparing(r -> r.vulnerability().id());

    /** Groups in report order of first appearance. */
    static List<DependencyGroup> of(DependencyAudit audit, CvssPreference preference) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        for (VulnerableDependency dependency : audit.vulnerable()) {
            PackageCoordinates coordinates = PackageCoordinates.of(dependency);
            Builder group = groups.computeIfAbsent(coordinates.display(), k -> new Builder(coordinates));
            group.usedBy.addAll(dependency.projectReferences());
            group.includedBy.addAll(dependency.includedBy());
            for (Vulnerability vulnerability : dependency.vulnerabilities()) {
                group.vulnerabilities.putIfAbsent(
                        vulnerability.id() + (vulnerability.suppressed() ? " (suppressed)" : ""),
                        new Ranked(vulnerability, SeverityRanking.rank(vulnerability, preference)));
            }
        }
        return groups.values().stream().map(Builder::build).toList();
    }

    List<Ranked> active() {
        return vulnerabilities.stream()
                .filter(r -> !r.vulnerability().suppressed())
                .toList();
    }

    List<Ranked> suppressed() {
        return vulnerabilities.stream()
                .filter(r -> r.vulnerability().suppressed())
                .toList();
    }

    private static final class Builder {
        final PackageCoordinates coordinates;
        final Map<String, Ranked> vulnerabilities = new LinkedHashMap<>();
        final Set<String> usedBy = new LinkedHashSet<>();
        final Set<String> includedBy = new LinkedHashSet<>();

        Builder(PackageCoordinates coordinates) {
            this.coordinates = coordinates;
        }

        DependencyGroup build() {
            List<Ranked> sorted = new ArrayList<>(vulnerabilities.values());
            sorted.sort(MOST_SEVERE_FIRST);
            return new DependencyGroup(coordinates, List.copyOf(sorted), Set.copyOf(usedBy), Set.copyOf(includedBy));
        }
    }
}
