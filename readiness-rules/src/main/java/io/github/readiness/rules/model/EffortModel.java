package io.github.readiness.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a rule estimates the effort of its findings: one or more rates in minutes per unit ("5 min per line still to
 * cover", "60 min to write a README"), the first being the rate a policy sets ({@code rules.<id>.effort}). The
 * documentation text is generated from the rates, so the words and the numbers the rule uses cannot drift. A policy
 * rate scales every rate of the rule and every finding's effort by {@code policy rate / first rate}: exact for
 * one-rate rules, proportional for rules with several (an upgrade across a major version stays 4 times an upgrade
 * within one).
 *
 * @param prefix what the rates apply to, written before them ("per vulnerable package (...)"), or null
 * @param rates the rates, the first the one a policy sets; empty for a rule without an estimate of its own
 * @param note written after the rates ("INFO costs nothing"), or null
 */
public record EffortModel(String prefix, List<Rate> rates, String note) {

    /**
     * One rate of the model.
     *
     * @param minutes minutes per unit, 0 or more
     * @param unit the unit in words, as it follows "N min": "per uncovered line", "to write a README"
     */
    public record Rate(int minutes, String unit) {
        public Rate {
            Objects.requireNonNull(unit, "unit");
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes must be >= 0: " + minutes);
            }
        }
    }

    public EffortModel {
        rates = List.copyOf(rates);
        if (rates.isEmpty() && note == null) {
            throw new IllegalArgumentException("an effort model without rates needs a note saying why");
        }
        if (!rates.isEmpty() && rates.get(0).minutes() == 0) {
            throw new IllegalArgumentException("the first rate is the one a policy scales: it must not be 0");
        }
    }

    /** One rate: {@code per(5, "per uncovered line")} reads "5 min per uncovered line". */
    public static EffortModel per(int minutes, String unit) {
        return new EffortModel(null, List.of(new Rate(minutes, unit)), null);
    }

    /** No estimate of its own (the note says where the effort is); a policy cannot set one. */
    public static EffortModel none(String note) {
        return new EffortModel(null, List.of(), Objects.requireNonNull(note, "note"));
    }

    /** This model with one more rate, scaled with the first. */
    public EffortModel and(int minutes, String unit) {
        List<Rate> more = new ArrayList<>(rates);
        more.add(new Rate(minutes, unit));
        return new EffortModel(prefix, more, note);
    }

    /** This model with a note after the rates ("notes cost nothing"). */
    public EffortModel withNote(String text) {
        return new EffortModel(prefix, rates, text);
    }

    /** This model with words before the rates. */
    public EffortModel withPrefix(String text) {
        return new EffortModel(text, rates, note);
    }

    /** Whether a policy can set the rate: the model has rates. */
    public boolean overridable() {
        return !rates.isEmpty();
    }

    /** The built-in minutes per unit of the first rate, the one a policy sets. */
    public int defaultMinutes() {
        requireRates();
        return rates.get(0).minutes();
    }

    /** The unit of the first rate ("per uncovered line"). */
    public String unit() {
        requireRates();
        return rates.get(0).unit();
    }

    /** The documentation text with the built-in rates. */
    public String text() {
        return text(rates);
    }

    /** The documentation text with every rate scaled to a first rate of {@code minutesPerUnit}. */
    public String text(int minutesPerUnit) {
        if (!overridable()) {
            return text();
        }
        return text(rates.stream()
                .map(r -> new Rate(scale(r.minutes(), minutesPerUnit), r.unit()))
                .toList());
    }

    /**
     * A finding's built-in effort under a first rate of {@code minutesPerUnit}: {@code effort x minutesPerUnit /
     * defaultMinutes()}, rounded half up (capped at {@link Integer#MAX_VALUE}).
     */
    public int scale(int effort, int minutesPerUnit) {
        if (minutesPerUnit < 0) {
            throw new IllegalArgumentException("minutes per unit must be >= 0: " + minutesPerUnit);
        }
        int base = defaultMinutes();
        if (minutesPerUnit == base) {
            return effort;
        }
        long scaled = (2L * effort * minutesPerUnit + base) / (2L * base);
        return (int) Math.min(Integer.MAX_VALUE, scaled);
    }

    private String text(List<Rate> shown) {
        String joined =
                shown.stream().map(r -> r.minutes() + " min " + r.unit()).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        if (prefix != null) {
            text.append(prefix).append(": ");
        }
        text.append(joined);
        if (note != null) {
            text.append(joined.isEmpty() ? "" : "; ").append(note);
        }
        return text.toString();
    }

    private void requireRates() {
        if (rates.isEmpty()) {
            throw new IllegalStateException("this effort model has no rate: " + note);
        }
    }
}
