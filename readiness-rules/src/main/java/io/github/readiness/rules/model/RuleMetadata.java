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
 * @param effortModel how the effort of a finding is estimated, in words ("5 min per uncovered line ...")
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
        String effortModel,
        RuleLevel defaultLevel) {

    /** A rule at level ERROR by default. */
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

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(remediation, "remediation");
        Objects.requireNonNull(effortModel, "effortModel");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
    }
}
