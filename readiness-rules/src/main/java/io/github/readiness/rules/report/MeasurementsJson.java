package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.score.Measurements;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code measurements} in readiness.json: the six JaCoCo counters of the bundle (covered, missed, ratio; all six,
 * ratio null where there is nothing to cover) and the test totals per source ({@link MeasurementsJsonReader} reads it
 * back). Ratios are rounded DOWN to 4 decimals,
 * so 0.79996 is written 0.7999, never the 0.8 it misses; the counters give the exact value.
 */
final class MeasurementsJson {
    private MeasurementsJson() {}

    static void write(JsonGenerator json, Measurements measurements) throws IOException {
        json.writeObjectFieldStart("measurements");
        if (!measurements.hasCoverage()) {
            json.writeNullField("coverage");
        } else {
            json.writeObjectFieldStart("coverage");
            json.writeStringField("source", measurements.coverageSource());
            for (CounterType type : CounterType.values()) {
                Counter counter = measurements.counter(type);
                json.writeObjectFieldStart(type.label());
                json.writeNumberField("covered", counter.covered());
                json.writeNumberField("missed", counter.missed());
                writeRatio(json, counter);
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeArrayFieldStart("tests");
        for (Measurements.TestTotals totals : measurements.tests()) {
            TestSummary summary = totals.summary();
            json.writeStartObject();
            json.writeStringField("source", totals.source());
            json.writeNumberField("tests", summary.tests());
            json.writeNumberField("passed", summary.passed());
            json.writeNumberField("failures", summary.failures());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("skipped", summary.skipped());
            json.writeNumberField("flaky", summary.flakes());
            json.writeNumberField("timeSeconds", seconds(summary.timeSeconds()));
            json.writeEndObject();
        }
        json.writeEndArray();
        PerformanceJson.write(json, measurements.performance());
        json.writeEndObject();
    }

    /** The counter's ratio rounded down to 4 decimals, or null when there is nothing to cover. */
    static void writeRatio(JsonGenerator json, Counter counter) throws IOException {
        if (counter.total() == 0) {
            json.writeNullField("ratio");
            return;
        }
        BigDecimal ratio = BigDecimal.valueOf(counter.covered())
                .divide(BigDecimal.valueOf(counter.total()), 4, RoundingMode.FLOOR)
                .stripTrailingZeros();
        json.writeNumberField("ratio", ratio.scale() < 0 ? ratio.setScale(0) : ratio);
    }

    private static BigDecimal seconds(double value) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
