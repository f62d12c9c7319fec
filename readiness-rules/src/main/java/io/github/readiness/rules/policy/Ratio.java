package io.github.readiness.rules.policy;

import java.math.BigDecimal;

/** Parses coverage-style thresholds: {@code 0.8}, {@code 0.80}, {@code 80%} and {@code 80 %} all mean 0.8. */
public final class Ratio {
    private Ratio() {}

    /**
     * @param key the configuration key, for the error message
     * @throws PolicyException for anything that is not a ratio in [0,1] or a percentage in [0 %,100 %]
     */
    public static double parse(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new PolicyException(key + " is empty: use a ratio such as 0.8 or a percentage such as 80%");
        }
        String value = text.strip();
        boolean percent = value.endsWith("%");
        String number = percent ? value.substring(0, value.length() - 1).strip() : value;
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new PolicyException(key + " is '" + text
                    + "', which is not a number: use a ratio such as 0.8 or a percentage such as 80%");
        }
        BigDecimal ratio = percent ? parsed.movePointLeft(2) : parsed;
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            String hint = !percent && parsed.compareTo(BigDecimal.ONE) > 0 && parsed.compareTo(new BigDecimal(100)) <= 0
                    ? " (did you mean " + parsed.stripTrailingZeros().toPlainString() + "%?)"
                    : "";
            throw new PolicyException(key + " is '" + text + "', which is not a ratio: use a value between 0.0 and 1.0"
                    + " or a percentage between 0% and 100%" + hint);
        }
        return ratio.doubleValue();
    }
}
