package io.github.readiness.rules.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage of one bundle (a module): the six counters for the whole bundle and per package and class.
 *
 * @param origin how the numbers were obtained ("jacoco.xml" or "jacoco.exec")
 * @param excluded classes with code the report leaves out of these numbers; null when it leaves out none
 */
public record CoverageEvidence(
        String origin, Map<CounterType, Counter> bundle, List<CoverageNode> packages, ExcludedClasses excluded) {
    public CoverageEvidence {
        bundle = bundle.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bundle));
        packages = List.copyOf(packages);
    }

    /** Coverage of every class there is (nothing left out). */
    public CoverageEvidence(String origin, Map<CounterType, Counter> bundle, List<CoverageNode> packages) {
        this(origin, bundle, packages, null);
    }

    /** The same numbers, with the classes the report leaves out. */
    public CoverageEvidence withExcluded(ExcludedClasses excludedClasses) {
        return new CoverageEvidence(origin, bundle, packages, excludedClasses);
    }

    public Counter counter(CounterType type) {
        return bundle.getOrDefault(type, Counter.EMPTY);
    }

    /** True when the evidence has no counter at all (an empty aggregate, a session-only report). */
    public boolean isEmpty() {
        return bundle.values().stream().allMatch(c -> c.total() == 0);
    }

    /** Sums counters of the packages; used when a report carries no bundle-level counters. */
    public static Map<CounterType, Counter> sum(List<CoverageNode> nodes) {
        Map<CounterType, Counter> sum = new EnumMap<>(CounterType.class);
        for (CoverageNode node : nodes) {
            node.counters().forEach((type, counter) -> sum.merge(type, counter, Counter::plus));
        }
        return sum;
    }
}
