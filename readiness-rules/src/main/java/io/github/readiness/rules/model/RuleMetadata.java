package io.github.readiness.rules.model;

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

    /**
     * Starts the metadata of a rule: {@code RuleMetadata.builder("docs.readme", Category.DOCUMENTATION).title(..)
     * .description(..).remediation(..).effort(EffortModel.per(60, "to write a README")).build()}. Level ERROR and no
     * threshold unless set.
     */
    public static Builder builder(String id, Category category) {
        return new Builder(id, category);
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

    /** Named steps instead of positional nulls; every text is required, threshold and level are optional. */
    public static final class Builder {
        private final String id;
        private final Category category;
        private String title;
        private String description;
        private String remediation;
        private Double threshold;
        private EffortModel effort;
        private RuleLevel level = RuleLevel.ERROR;

        private Builder(String id, Category category) {
            this.id = id;
            this.category = category;
        }

        /** The short human name. */
        public Builder title(String text) {
            this.title = text;
            return this;
        }

        /** What the rule checks, one or two sentences. */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** The default fix, shown with every finding of the rule. */
        public Builder remediation(String text) {
            this.remediation = text;
            return this;
        }

        /** The built-in threshold (a ratio for coverage rules). */
        public Builder threshold(double value) {
            this.threshold = value;
            return this;
        }

        /** How the effort of a finding is estimated. */
        public Builder effort(EffortModel model) {
            this.effort = model;
            return this;
        }

        /** The built-in level (ERROR unless set). */
        public Builder level(RuleLevel value) {
            this.level = value;
            return this;
        }

        public RuleMetadata build() {
            return new RuleMetadata(id, category, title, description, remediation, threshold, effort, level);
        }
    }
}
