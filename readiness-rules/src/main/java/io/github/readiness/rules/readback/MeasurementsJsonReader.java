package io.github.readiness.rules.readback;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.score.Measurements;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code measurements} of a readiness.json read back, as {@code report.MeasurementsJson} writes them. */
final class MeasurementsJsonReader {
    private MeasurementsJsonReader() {}

    /** The measurements of a readiness.json, performance figures included; none when the file predates them. */
    static Measurements read(JsonObject root) throws IOException {
        if (root.isNull("measurements")) {
            return Measurements.NONE;
        }
        JsonObject node = root.object("measurements");
        String source = null;
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        if (!node.isNull("coverage")) {
            JsonObject coverage = node.object("coverage");
            source = coverage.text("source");
            for (CounterType type : CounterType.values()) {
                JsonObject counter = coverage.object(type.label());
                counters.put(type, new Counter(counter.whole("missed"), counter.whole("covered")));
            }
        }
        List<Measurements.TestTotals> tests = new ArrayList<>();
        for (JsonObject entry : node.objects("tests")) {
            Double time = entry.decimalOrNull("timeSeconds");
            tests.add(new Measurements.TestTotals(
                    entry.text("source"),
                    new TestSummary(
                            entry.integer("tests"),
                            entry.integer("failures"),
                            entry.integer("errors"),
                            entry.integer("skipped"),
                            entry.integer("flaky"),
                            time == null ? 0 : time)));
        }
        return new Measurements(source, counters, tests, PerformanceJsonReader.read(node));
    }
}
