package io.github.readiness.rules.model;

import io.github.readiness.rules.policy.RuleLevel;
import java.util.Objects;

/**
 * What a rule is, independent of any run: the console hint, the report and the documentation all come from here.
 *
 * @param id stable id, as in readiness.json and policy files
 * @param title short human name
 * @param description what the rule checks, one or two sentences
 * @param remediation the default fix, shown with every finding of the rule
 * @param defaultThreshold the built-in threshold (a ratio for coverage rules), or null
 * @param effort how the effort of a finding is estimated: the rates in minutes per unit a policy can set
 *     ({@code rules.<id>.effort}), from which {@link #effortModel()} words them
 * @param defaultLevel the built-in level: ERROR for most rules; WARN where blocking needs a policy decision (e.g. a
 *     dependency audit, which needs network access the build may not have)
 */
public record RuleMetadata(
        String id,
        Category category,
        String title,
        String description,
        String remediation,
        Double defaultThreshold,
        EffortModel effort,
        RuleLevel defaultLevel) {

    /** A rule at level ERROR by default. */
    public RuleMetadata(
            String id,
            Category category,
            String title,
            String description,
            String remediation,
            Double defaultThreshold,
            EffortModel effort) {
        this(id, category, title, description, remediation, defaultThreshold, effort, RuleLevel.ERROR);
    }

    /**
     * A rule whose effort is described in words only ({@link EffortModel#none}): no policy can set its rate. Built-in
     * rules give an {@link EffortModel} with rates instead.
     */
    public RuleMetadata(
            String id,
            Category category,
            String title,
            String description,
            String remediation,
            Double defaultThreshold,
            String effortModel) {
        this(id, category, title, description, remediation, defaultThreshold, effortModel, RuleLevel.ERROR);
    }

    /** A rule whose effort is described in words only, at the given default level. */
    public RuleMetadata(
            String id,
            Category category,
            String title,
            String description,
            String remediation,
            Double defaultThreshold,
            String effortModel,
            RuleLevel defaultLevel) {
        this(id, category, title, description, remediation, defaultThreshold, EffortModel.none(effortModel),
                defaultLevel);
    }

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(remediation, "remediation");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
    }

    /** How the effort of a finding is estimated, in words ("5 min per line still to cover ..."). */
    public String effortModel() {
        return effort.text();
    }
}
