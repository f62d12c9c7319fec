package io.github.readiness.rules.rule;

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

    /** A threshold with the precision it was configured with: 0.8 gives "80 %", 0.755 gives "75.5 %". */
    public static String threshold(double ratio) {
        BigDecimal percent = BigDecimal.valueOf(ratio).movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + " %";
    }
}
