package io.github.readiness.rules.rule.config;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.repository.DocumentedKeys;
import io.github.readiness.rules.evidence.source.ConfigKeySource;
import io.github.readiness.rules.evidence.source.ConfigKeyUse;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code config.undocumented-keys}: configuration keys the main code reads ({@code System.getenv},
 * {@code System.getProperty}, Spring {@code @Value}, {@code ${KEY}} placeholders in application*.properties/yml)
 * that are documented neither in {@code .env.example}/{@code .env.sample} nor in the README, like the audits'
 * "Missing from .env.example". A key is documented when .env.example assigns it or its environment form
 * ({@code app.db-url} -> {@code APP_DB_URL}, Spring's relaxed binding), or when the README names it as
 * configuration (a table row, a list item, {@code KEY=} / {@code -Dkey=} / {@code key:} forms, or backticked in a
 * sentence about configuration; a word that merely equals the key, as in a {@code docker run -e KEY=} command, does
 * not count). One finding per distinct key, at its first use, never blocking: MEDIUM when some use has no default (the
 * application cannot start without it), LOW when every use has one. Effort: {@value #MINUTES_PER_KEY} min per key.
 * Score: 100 x documented distinct keys / distinct keys read; not applicable when no key is read or the sources were
 * not scanned.
 */
public final class ConfigUndocumentedKeysRule extends AbstractRule<SourceScan> {
    static final int MINUTES_PER_KEY = 5;

    private static final RuleMetadata METADATA = RuleMetadata.builder(
                    "config.undocumented-keys", Category.CONFIGURATION)
            .title("Configuration keys are documented")
            .description("Every environment variable, system property and Spring property the main code or its"
                    + " application*.properties/yml reads is documented in .env.example (or .env.sample) or the"
                    + " README, so whoever deploys it knows what to set.")
            .remediation(
                    "Add the key to .env.example with a safe example value and a comment (or document it in the README).")
            .effort(EffortModel.per(MINUTES_PER_KEY, "per undocumented key"))
            .build();

    public ConfigUndocumentedKeysRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        Map<String, List<ConfigKeyUse>> byKey = ConfigKeys.byKey(sources.configKeys());
        if (byKey.isEmpty()) {
            return RuleOutcome.notApplicable(); // nothing read, nothing to document
        }
        DocumentedKeys documented = ConfigKeys.documented(context.evidence().repository());
        List<Finding> findings = new ArrayList<>();
        byKey.forEach((key, uses) -> {
            if (!ConfigKeys.isDocumented(key, documented)) {
                findings.add(undocumented(context, key, uses, documented));
            }
        });
        int documentedKeys = byKey.size() - findings.size();
        return RuleOutcome.scored(100.0 * documentedKeys / byKey.size(), findings);
    }

    private static Finding undocumented(
            RuleContext context, String key, List<ConfigKeyUse> uses, DocumentedKeys documented) {
        ConfigKeyUse first = uses.get(0);
        boolean required = uses.stream().anyMatch(use -> !use.hasDefault());
        int more = uses.size() - 1;
        String where =
                first.location() + (more == 0 ? "" : " (and " + more + (more == 1 ? " more place)" : " more places)"));
        String missing = documented.envExampleFile() == null
                ? "is documented neither in a .env.example nor in the README"
                : "is missing from " + documented.envExampleFile();
        String message = kind(first.source()) + " " + key + " is read at " + where + " but " + missing
                + (required ? "" : " (every use has a default)");
        String remediation = remediation(key, first.source(), documented);
        return context.finding(required ? Severity.MEDIUM : Severity.LOW, key, message)
                .at(first.location())
                .remediation(remediation)
                .effort(MINUTES_PER_KEY)
                .notBlocking();
    }

    /** Names the line to add; a system property is set with -D, so the README comes first for it. */
    private static String remediation(String key, ConfigKeySource source, DocumentedKeys documented) {
        String example = documented.envExampleFile() == null ? ".env.example" : documented.envExampleFile();
        String envLine = ConfigKeys.environmentName(key) + "= to " + example;
        return source == ConfigKeySource.SYSTEM_PROPERTY
                ? "Document -D" + key + "=... in the README, or add " + envLine + "."
                : "Add " + envLine + " with a safe example value and a comment, or document " + key + " in the README.";
    }

    private static String kind(ConfigKeySource source) {
        return switch (source) {
            case ENVIRONMENT -> "environment variable";
            case SYSTEM_PROPERTY -> "system property";
            case SPRING_VALUE, PLACEHOLDER -> "configuration key";
        };
    }
}
