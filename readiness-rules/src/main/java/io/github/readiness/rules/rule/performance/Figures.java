package io.github.readiness.rules.rule.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as performance messages show them: 4 significant digits at most, no trailing zeros, no exponent. */
public final class Figures {
    private Figures() {}

    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value)
                .round(new MathContext(4, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    static String millis(double value) {
        return number(value) + " ms";
    }

    static String percent(double ratio) {
        return number(ratio * 100) + " %";
    }
}
