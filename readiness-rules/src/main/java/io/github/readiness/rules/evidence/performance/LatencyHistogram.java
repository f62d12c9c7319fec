package io.github.readiness.rules.evidence.performance;

import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Latencies of one scenario in bounded memory: an HDR histogram (HdrHistogram, 3 significant digits, int counts), so
 * a JTL of millions of samples costs about 50 KB per label whatever its length.
 *
 * <p>Precision: every value below 2048 ms is kept exactly, so percentiles of those are exact; above, a value is kept
 * within 0.1 % (the histogram's bucket holds values that agree on 3 significant digits, and the percentile returned is
 * the highest value of its bucket). Percentiles use the nearest-rank definition: the smallest recorded value with at
 * least {@code p %} of the samples at or below it.
 */
final class LatencyHistogram {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final IntCountsHistogram histogram = new IntCountsHistogram(SIGNIFICANT_DIGITS);

    LatencyHistogram() {
        histogram.setAutoResize(true);
    }

    void record(long millis) {
        histogram.recordValue(Math.max(0, millis));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The nearest-rank percentile, ms; null when nothing was recorded. */
    Double percentile(double percent) {
        long total = histogram.getTotalCount();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        for (HistogramIterationValue value : histogram.recordedValues()) {
            if (value.getTotalCountToThisValue() >= rank) {
                return (double) histogram.highestEquivalentValue(value.getValueIteratedTo());
            }
        }
        return (double) histogram.getMaxValue();
    }
}
