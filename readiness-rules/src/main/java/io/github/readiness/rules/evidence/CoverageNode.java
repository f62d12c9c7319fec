package io.github.readiness.rules.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counters of one package or class (children are the classes of a package; classes have none). Names use
 * JaCoCo's VM form ({@code com/acme/Foo}).
 */
public record CoverageNode(String name, Map<CounterType, Counter> counters, List<CoverageNode> children) {
    public CoverageNode {
        counters = counters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counters));
        children = List.copyOf(children);
    }

    public Counter counter(CounterType type) {
        return counters.getOrDefault(type, Counter.EMPTY);
    }
}
