package io.github.readiness.rules.rule.config;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.repository.DocumentedKeys;
import io.github.readiness.rules.evidence.source.ConfigKeyUse;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code config.unused-keys}: keys that {@code .env.example} documents but no main code or application*.properties/yml
 * reads (compared with the environment forms of every key read, {@code app.db-url} -> {@code APP_DB_URL}). One INFO
 * finding per key, sorted, never blocking, {@value #MINUTES_PER_KEY} min each; unscored: a stale line in the example
 * does not make the configuration less ready. Keys that frameworks read without any code naming them are left out
 * ({@link #READ_BY_FRAMEWORKS}). Not applicable without a {@code .env.example} or a source scan.
 */
public final class ConfigUnusedKeysRule extends AbstractRule<SourceScan> {
    static final int MINUTES_PER_KEY = 5;

    /**
     * Environment variables read by Spring Boot's relaxed binding ({@code SPRING_*}) and by the JVM or its launch
     * scripts ({@code JAVA_OPTS}, {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}): used
     * although no code names them.
     */
    static final List<String> READ_BY_FRAMEWORKS =
            List.of("SPRING_", "JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private static final RuleMetadata METADATA = RuleMetadata.builder("config.unused-keys", Category.CONFIGURATION)
            .title("Documented configuration keys are used")
            .description(
                    "Every key in .env.example (or .env.sample) is read by the main code or its application*.properties/yml;"
                            + " a key nothing reads misleads whoever deploys the application.")
            .remediation("Remove the key from .env.example, or check whether the code that should read it was lost.")
            .effort(EffortModel.per(MINUTES_PER_KEY, "per unused key"))
            .build();

    public ConfigUnusedKeysRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        DocumentedKeys documented = ConfigKeys.documented(context.evidence().repository());
        if (documented.envExampleFile() == null) {
            return RuleOutcome.notApplicable();
        }
        Set<String> read = new HashSet<>();
        for (ConfigKeyUse use : sources.configKeys()) {
            read.addAll(ConfigKeys.environmentForms(use.key()));
        }
        List<Finding> findings = new ArrayList<>();
        for (String key : new TreeSet<>(documented.envExampleKeys())) {
            if (!read.contains(key) && !readByFramework(key)) {
                String message = key + " is documented in " + documented.envExampleFile()
                        + " but no main code or application configuration reads it";
                findings.add(context.finding(Severity.INFO, key, message)
                        .at(Location.of(documented.envExampleFile()))
                        .effort(MINUTES_PER_KEY)
                        .notBlocking());
            }
        }
        return RuleOutcome.unscored(findings);
    }

    private static boolean readByFramework(String key) {
        return READ_BY_FRAMEWORKS.stream().anyMatch(key::startsWith);
    }
}
