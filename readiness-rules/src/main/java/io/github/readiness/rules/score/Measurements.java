package io.github.readiness.rules.score;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers a reviewer checks, shown in every report whether or not a rule fired: JaCoCo's six counters of the
 * bundle and the test totals of each report source.
 *
 * @param coverageSource how the counters were obtained ("jacoco.xml", "jacoco.exec", "modules summed", a path), or
 *     null when nothing was measured
 * @param coverage the six counters; empty when nothing was measured
 * @param tests the totals per source ("surefire", "failsafe"), in the order the reports were read; empty when no
 *     test report was read
 * @param performance load-test scenarios and JMH benchmarks; {@link PerformanceMeasurements#NONE} without results
 */
public record Measurements(
        String coverageSource,
        Map<CounterType, Counter> coverage,
        List<TestTotals> tests,
        PerformanceMeasurements performance) {
    public static final Measurements NONE = new Measurements(null, Map.of(), List.of());

    /** Without performance figures. */
    public Measurements(String coverageSource, Map<CounterType, Counter> coverage, List<TestTotals> tests) {
        this(coverageSource, coverage, tests, PerformanceMeasurements.NONE);
    }

    /** Totals of one test report source. */
    public record TestTotals(String source, TestSummary summary) {
        public TestTotals {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
        }
    }

    public Measurements {
        coverage = coverage.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(coverage));
        tests = List.copyOf(tests);
        performance = performance == null ? PerformanceMeasurements.NONE : performance;
    }

    /** What the evidence measured: the counters of the coverage evidence, the test totals per source. */
    public static Measurements of(ProjectEvidence evidence) {
        String source = null;
        Map<CounterType, Counter> counters = Map.of();
        if (evidence.coverage().isRead() && !evidence.coverage().value().isEmpty()) {
            source = evidence.coverage().value().origin();
            counters = evidence.coverage().value().bundle();
        }
        List<TestTotals> tests =
                evidence.tests().isRead() ? totals(evidence.tests().value()) : List.of();
        return new Measurements(source, counters, tests, PerformanceMeasurements.of(evidence));
    }

    private static List<TestTotals> totals(TestEvidence tests) {
        if (tests.bySource().isEmpty()) {
            return List.of(new TestTotals(TestEvidence.ALL_SOURCES, tests.summary()));
        }
        return tests.bySource().entrySet().stream()
                .map(e -> new TestTotals(e.getKey(), e.getValue()))
                .toList();
    }

    public Counter counter(CounterType type) {
        return coverage.getOrDefault(type, Counter.EMPTY);
    }

    public boolean hasCoverage() {
        return !coverage.isEmpty();
    }
}
