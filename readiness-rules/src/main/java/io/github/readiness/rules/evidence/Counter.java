package io.github.readiness.rules.evidence;

/** Covered and missed items of one counter type. Aggregation adds counters; it never averages ratios. */
public record Counter(long missed, long covered) {
    public static final Counter EMPTY = new Counter(0, 0);

    public Counter {
        if (missed < 0 || covered < 0) {
            throw new IllegalArgumentException("counter values must be >= 0: missed=" + missed + " covered=" + covered);
        }
    }

    public long total() {
        return missed + covered;
    }

    /** Covered ratio in [0,1], or NaN when there is nothing to cover. */
    public double ratio() {
        long total = total();
        return total == 0 ? Double.NaN : (double) covered / total;
    }

    public Counter plus(Counter other) {
        return new Counter(missed + other.missed, covered + other.covered);
    }
}
