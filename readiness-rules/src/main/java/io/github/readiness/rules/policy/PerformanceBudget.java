package io.github.readiness.rules.policy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One load-test budget of {@code performance.budgets}: the scenarios it covers (a glob over scenario names) and the
 * limits they must keep, each optional. Values carry their unit in the policy file: {@code 800ms}, {@code 2s}, {@code
 * 5%}, {@code 50/s}; a bare number is an error, since {@code 800} could be milliseconds or seconds.
 *
 * @param scenario a glob over scenario names (a JMeter label, a Gatling request path, a k6 scenario): {@code *} any
 *     run of characters, {@code ?} one; {@code "*"} is every scenario
 * @param p95 the highest 95th percentile latency allowed, ms; null for no limit
 * @param p99 the highest 99th percentile latency allowed, ms; null for no limit
 * @param errorRate the highest ratio of failed requests allowed (0.05 for 5 %); null for no limit
 * @param minThroughput the lowest number of requests per second; null for no limit
 */
public record PerformanceBudget(String scenario, Double p95, Double p99, Double errorRate, Double minThroughput) {
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z%/]*)");
    private static final List<String> TIME_UNITS = List.of("ms", "s", "min");
    private static final List<String> RATE_UNITS = List.of("/s", "/min");

    public PerformanceBudget {
        Objects.requireNonNull(scenario, "scenario");
        if (scenario.isBlank()) {
            throw new PolicyException("a performance budget's scenario is empty: use a name or a glob, \"*\" for all");
        }
        if (p95 == null && p99 == null && errorRate == null && minThroughput == null) {
            throw new PolicyException("the performance budget for '" + scenario + "' sets no limit: give at least one"
                    + " of p95, p99, errorRate, minThroughput");
        }
    }

    /** True when the budget covers this scenario name. */
    public boolean covers(String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : scenario.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return name.matches(regex.toString());
    }

    /** A latency with its unit ({@code 800ms}, {@code 2s}, {@code 1.5s}, {@code 1min}), in milliseconds. */
    public static double millis(String key, String text) {
        Matcher quantity = quantity(key, text, "800ms or 2s");
        double value = Double.parseDouble(quantity.group(1));
        return switch (unit(key, text, quantity.group(2), TIME_UNITS, "800ms or 2s")) {
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    /** A percentage with its sign ({@code 5%}, {@code 0.5%}), as a ratio (0.05). */
    public static double ratio(String key, String text) {
        Matcher quantity = quantity(key, text, "5%");
        unit(key, text, quantity.group(2), List.of("%"), "5%");
        double percent = Double.parseDouble(quantity.group(1));
        if (percent > 100) {
            throw new PolicyException(key + " is '" + text + "': use a percentage between 0% and 100%");
        }
        return percent / 100;
    }

    /** Requests per second or per minute ({@code 50/s}, {@code 3000/min}), per second. */
    public static double perSecond(String key, String text) {
        Matcher quantity = quantity(key, text, "50/s");
        double value = Double.parseDouble(quantity.group(1));
        return "/s".equals(unit(key, text, quantity.group(2), RATE_UNITS, "50/s")) ? value : value / 60;
    }

    private static Matcher quantity(String key, String text, String example) {
        Matcher matcher = QUANTITY.matcher(text.strip());
        if (!matcher.matches()) {
            throw new PolicyException(key + " is '" + text + "': use a number with its unit, such as " + example);
        }
        return matcher;
    }

    private static String unit(String key, String text, String unit, List<String> units, String example) {
        if (unit.isEmpty()) {
            throw new PolicyException(key + " is '" + text + "' without a unit: write it with one, such as " + example);
        }
        if (!units.contains(unit)) {
            String nearest = Nearest.of(unit, units);
            throw new PolicyException(key + " has the unknown unit '" + unit + "' in '" + text + "'"
                    + (nearest == null ? "" : "; did you mean '" + nearest + "'?") + " Units: "
                    + String.join(", ", units));
        }
        return unit;
    }
}
