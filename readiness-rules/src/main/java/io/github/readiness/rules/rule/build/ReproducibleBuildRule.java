package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code build.reproducible}: {@code project.build.outputTimestamp} must be set, or the archives record the time
 * of the build and two builds of the same commit differ byte for byte (reproducible builds). Unset: one LOW finding,
 * not blocking, 5 min. Score 100 set, 0 unset. Judged for every packaging.
 */
public final class ReproducibleBuildRule extends SettingRule {
    static final String PROPERTY = "project.build.outputTimestamp";

    private static final RuleMetadata METADATA = RuleMetadata.builder("build.reproducible", Category.BUILD_RELEASE)
            .title("Reproducible build")
            .description(
                    "project.build.outputTimestamp is set, so two builds of the same sources give the same archives.")
            .remediation(
                    "Set <project.build.outputTimestamp> in the <properties> of the (parent) POM (an ISO-8601 date such as"
                            + " 2026-01-01T00:00:00Z; the release plugin updates it at each release), as Maven's guide"
                            + " \"Configuring for Reproducible Builds\" describes.")
            .effort(EffortModel.per(5, "to set project.build.outputTimestamp"))
            .build();

    public ReproducibleBuildRule() {
        super(METADATA, Severity.LOW, true);
    }

    @Override
    BuildSetting setting(BuildModel model) {
        return model.outputTimestamp();
    }

    @Override
    String key() {
        return PROPERTY;
    }

    @Override
    String unsetMessage() {
        return PROPERTY + " is not set: the archives record the build time, so two builds of the same commit"
                + " differ; expected a fixed timestamp";
    }
}
