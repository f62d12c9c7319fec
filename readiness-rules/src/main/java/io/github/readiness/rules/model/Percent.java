package io.github.readiness.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats ratios the way messages show them. */
public final class Percent {
    private Percent() {}

    /** A measured ratio with one decimal, rounded DOWN so 79.96 % never reads as the 80 % it misses. */
    public static String measured(double ratio) {
        BigDecimal percent = BigDecimal.valueOf(ratio).movePointRight(2).setScale(1, RoundingMode.FLOOR);
        return percent.toPlainString() + " %";
    }

    /**
     * A counter's coverage with two decimals, rounded DOWN from the exact covered/total, so a reviewer can check it
     * against JaCoCo's HTML report (which rounds down to whole percent: 98.16 % here is 98 % there) and 79.996 %
     * never reads as 80 %. "n/a" when there is nothing to cover.
     */
    public static String counter(long covered, long total) {
        if (total == 0) {
            return "n/a";
        }
        BigDecimal percent =
                BigDecimal.valueOf(covered).movePointRight(2).divide(BigDecimal.valueOf(total), 2, RoundingMode.FLOOR);
        return percent.toPlainString() + " %";
    }

    /** A threshold with the precision it was configured with: 0.8 gives "80 %", 0.755 gives "75.5 %". */
    public static String threshold(double ratio) {
        BigDecimal percent = BigDecimal.valueOf(ratio).movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + " %";
    }
}
