package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code build.source-encoding}: {@code project.build.sourceEncoding} must be set (in the module or a parent),
 * or the compiler and resource filtering read files in the platform encoding, which differs between machines (and
 * Maven warns "platform encoding ... build is platform dependent"). Unset: one LOW finding, not blocking, 5 min.
 * Score 100 set, 0 unset. Not applicable to {@code pom} packaging, which compiles nothing.
 */
public final class SourceEncodingRule extends SettingRule {
    static final String PROPERTY = "project.build.sourceEncoding";

    private static final RuleMetadata METADATA = RuleMetadata.builder("build.source-encoding", Category.BUILD_RELEASE)
            .title("Source encoding set")
            .description(
                    "project.build.sourceEncoding is set, so sources and resources are read the same way on every machine.")
            .remediation(
                    "Set <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding> in the <properties> of the"
                            + " (parent) POM.")
            .effort(EffortModel.per(5, "to set project.build.sourceEncoding"))
            .build();

    public SourceEncodingRule() {
        super(METADATA, Severity.LOW, false);
    }

    @Override
    BuildSetting setting(BuildModel model) {
        return model.sourceEncoding();
    }

    @Override
    String key() {
        return PROPERTY;
    }

    @Override
    String unsetMessage() {
        return PROPERTY + " is not set: sources are read in the platform encoding, which differs between machines;"
                + " expected e.g. UTF-8";
    }
}
