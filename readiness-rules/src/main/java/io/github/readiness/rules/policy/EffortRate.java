package io.github.readiness.rules.policy;

import io.github.readiness.rules.model.EffortModel;
import java.util.Objects;

/**
 * The effort rate in force for one rule: its documented {@link EffortModel} and the minutes per unit of the model's
 * first rate, the built-in one or a policy's ({@code rules.<id>.effort}). Findings keep the effort their rule
 * computed with the built-in rates; the engine rescales it with {@link #scale}.
 *
 * @param minutesPerUnit minutes per unit of the model's first rate, 0 or more
 */
public record EffortRate(EffortModel model, int minutesPerUnit) {
    public EffortRate {
        Objects.requireNonNull(model, "model");
        if (!model.overridable()) {
            throw new IllegalArgumentException("an effort model without rates has no rate to set");
        }
        if (minutesPerUnit < 0) {
            throw new PolicyException("effort is " + minutesPerUnit + " min " + model.unit() + ": use 0 or more");
        }
    }

    /** The built-in rate of a model, or null when the model has none a policy could set. */
    public static EffortRate builtIn(EffortModel model) {
        return model.overridable() ? new EffortRate(model, model.defaultMinutes()) : null;
    }

    /** Whether this is the model's own rate. */
    public boolean isBuiltIn() {
        return minutesPerUnit == model.defaultMinutes();
    }

    /** A finding's effort, computed by its rule with the built-in rates, at this rate. */
    public int scale(int builtInEffort) {
        return model.scale(builtInEffort, minutesPerUnit);
    }

    /** The model in words at this rate: "7 min per line still to cover to reach the threshold". */
    public String text() {
        return model.text(minutesPerUnit);
    }
}
