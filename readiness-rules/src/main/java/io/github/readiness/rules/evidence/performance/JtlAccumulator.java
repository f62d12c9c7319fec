package io.github.readiness.rules.evidence.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums JMeter samples per label while a JTL streams past: counts, errors, a {@link LatencyHistogram} and the time
 * span, so memory depends on the number of labels, never on the number of samples. Throughput is JMeter's own: samples
 * divided by the time from the first sample's start to the last sample's end.
 */
final class JtlAccumulator {
    /** More labels than this is a test plan that puts ids in its labels: the rest are summed under one name. */
    static final int MAX_LABELS = 500;

    static final String OTHER_LABELS = "(other labels)";

    private final Map<String, Label> labels = new LinkedHashMap<>();

    private static final class Label {
        final LatencyHistogram latencies = new LatencyHistogram();
        long errors;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;
    }

    void add(String label, long timeStamp, long elapsed, boolean success) {
        Label sums = labels.get(label);
        if (sums == null) {
            String name = labels.size() < MAX_LABELS ? label : OTHER_LABELS;
            sums = labels.computeIfAbsent(name, n -> new Label());
        }
        sums.latencies.record(elapsed);
        if (!success) {
            sums.errors++;
        }
        if (timeStamp > 0) {
            sums.firstStart = Math.min(sums.firstStart, timeStamp);
            sums.lastEnd = Math.max(sums.lastEnd, timeStamp + elapsed);
        }
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    List<ScenarioResult> results(String file) {
        List<ScenarioResult> results = new ArrayList<>();
        labels.forEach((name, sums) -> {
            long count = sums.latencies.count();
            Double throughput = null;
            if (sums.lastEnd > sums.firstStart) {
                throughput = count * 1000.0 / (sums.lastEnd - sums.firstStart);
            }
            results.add(new ScenarioResult(
                    "jmeter",
                    name,
                    count,
                    sums.errors,
                    sums.latencies.percentile(50),
                    sums.latencies.percentile(95),
                    sums.latencies.percentile(99),
                    throughput,
                    file));
        });
        return results;
    }
}
