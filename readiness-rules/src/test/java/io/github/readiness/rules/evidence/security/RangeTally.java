package io.github.readiness.rules.evidence.security;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The affected version ranges and module references of an audit, compared with counts taken from the real files
 * (python3 over each fixture: {@code vulnerableSoftware} entries with at least one version bound, their matched flag
 * and each bound; {@code projectReferences} and {@code includedBy} entries of the dependencies that have a
 * vulnerability).
 */
record RangeTally(
        long ranges,
        long matched,
        long startIncluding,
        long startExcluding,
        long endIncluding,
        long endExcluding,
        long projectReferences,
        long includedBy) {

    static RangeTally of(DependencyAudit audit) {
        List<AffectedRange> ranges = audit.vulnerable().stream()
                .flatMap(d -> d.vulnerabilities().stream())
                .flatMap(v -> v.affected().stream())
                .toList();
        return new RangeTally(
                ranges.size(),
                ranges.stream().filter(AffectedRange::matched).count(),
                bounds(ranges, AffectedRange::startIncluding),
                bounds(ranges, AffectedRange::startExcluding),
                bounds(ranges, AffectedRange::endIncluding),
                bounds(ranges, AffectedRange::endExcluding),
                audit.vulnerable().stream()
                        .mapToLong(d -> d.projectReferences().size())
                        .sum(),
                audit.vulnerable().stream()
                        .mapToLong(d -> d.includedBy().size())
                        .sum());
    }

    private static long bounds(List<AffectedRange> ranges, Function<AffectedRange, String> bound) {
        return ranges.stream().map(bound).filter(Objects::nonNull).count();
    }
}
