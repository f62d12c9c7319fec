package io.github.readiness.rules.reactor;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reactor's coverage: the report-aggregate XML when one was READ (it already counts cross-module coverage, so
 * it replaces the modules' counters and is never added to them), else the covered and missed counters of the
 * checked modules summed. Never a mean of ratios.
 *
 * @param source {@value #SUMMED} or the path of the report-aggregate XML
 * @param counters per counter type; empty when nothing was measured anywhere
 * @param records the evidence lines: the aggregate report looked at, and how the counters were obtained
 */
public record ReactorCoverage(String source, Map<CounterType, Counter> counters, List<EvidenceRecord> records) {
    public static final String SUMMED = "modules summed";

    public ReactorCoverage {
        counters = counters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counters));
        records = List.copyOf(records);
    }

    static ReactorCoverage of(List<ModuleResult> modules, AggregateReport aggregate) {
        List<EvidenceRecord> aggregateRecord = aggregate == null ? List.of() : List.of(aggregate.record());
        if (aggregate != null && aggregate.isRead()) {
            return new ReactorCoverage(aggregate.path(), aggregate.coverage().bundle(), aggregateRecord);
        }
        Map<CounterType, Counter> sum = new EnumMap<>(CounterType.class);
        int measured = 0;
        for (ModuleResult module : modules) {
            if (module.isChecked() && !module.coverage().isEmpty()) {
                measured++;
                module.coverage().forEach((type, counter) -> sum.merge(type, counter, Counter::plus));
            }
        }
        EvidenceRecord summed = new EvidenceRecord(
                "jacoco",
                SUMMED,
                measured == 0 ? EvidenceStatus.NOT_APPLICABLE : EvidenceStatus.READ,
                measured == 0
                        ? "no module measured coverage"
                        : "covered and missed counters of " + measured + (measured == 1 ? " module" : " modules")
                                + " added");
        return new ReactorCoverage(SUMMED, sum, concat(aggregateRecord, summed));
    }

    private static List<EvidenceRecord> concat(List<EvidenceRecord> first, EvidenceRecord last) {
        return first.isEmpty() ? List.of(last) : List.of(first.get(0), last);
    }

    public Counter counter(CounterType type) {
        return counters.getOrDefault(type, Counter.EMPTY);
    }

    public boolean fromAggregateReport() {
        return !SUMMED.equals(source);
    }
}
