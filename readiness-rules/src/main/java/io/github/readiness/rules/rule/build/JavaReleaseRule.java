package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code build.java-release}: the Java level the compiler targets must be declared: {@code maven.compiler.release}
 * or the compiler plugin's {@code <release>} (or at least source/target, as property or configuration). Without
 * it, the compiler plugin's own default applies, which changes with its version (maven-compiler-plugin 3.1, Maven
 * 3.8.7's default, targets Java 5). Unset: one MEDIUM finding, not blocking, 10 min. Score 100 set, 0 unset. Not
 * applicable to {@code pom} packaging, which compiles nothing.
 */
public final class JavaReleaseRule extends SettingRule {
    static final String PROPERTY = "maven.compiler.release";

    private static final RuleMetadata METADATA = RuleMetadata.builder("build.java-release", Category.BUILD_RELEASE)
            .title("Java release declared")
            .description(
                    "The Java level the compiler targets is declared (maven.compiler.release, or the compiler plugin's"
                            + " release, source or target).")
            .remediation(
                    "Set <maven.compiler.release>17</maven.compiler.release> (your Java version) in the <properties> of the"
                            + " (parent) POM: unlike source/target, release also checks that only that Java version's API"
                            + " is used.")
            .effort(EffortModel.per(10, "to set maven.compiler.release"))
            .build();

    public JavaReleaseRule() {
        super(METADATA, Severity.MEDIUM, false);
    }

    @Override
    BuildSetting setting(BuildModel model) {
        return model.javaRelease();
    }

    @Override
    String key() {
        return PROPERTY;
    }

    @Override
    String unsetMessage() {
        return "no Java level is declared (" + PROPERTY + ", or the compiler plugin's release, source or target):"
                + " the compiler plugin's default applies, which changes with its version; expected "
                + PROPERTY;
    }
}
