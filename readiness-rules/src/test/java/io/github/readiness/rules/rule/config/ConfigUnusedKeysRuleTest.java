package io.github.readiness.rules.rule.config;

import static io.github.readiness.rules.rule.config.ConfigFixtures.documenting;
import static io.github.readiness.rules.rule.config.ConfigFixtures.env;
import static io.github.readiness.rules.rule.config.ConfigFixtures.envExample;
import static io.github.readiness.rules.rule.config.ConfigFixtures.evidence;
import static io.github.readiness.rules.rule.config.ConfigFixtures.keys;
import static io.github.readiness.rules.rule.config.ConfigFixtures.notCollected;
import static io.github.readiness.rules.rule.config.ConfigFixtures.run;
import static io.github.readiness.rules.rule.config.ConfigFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.source.ConfigKeySource;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigUnusedKeysRuleTest {
    private static final String CLIENT = "src/main/java/x/Client.java";
    private final ConfigUnusedKeysRule rule = new ConfigUnusedKeysRule();

    @Test
    void notApplicableWithoutEnvExample() {
        assertEquals(
                RuleOutcome.notApplicable(),
                run(rule, evidence(keys(env("A", CLIENT, 1)), documenting(null, Set.of("B")))));
        assertEquals(RuleOutcome.notApplicable(), run(rule, evidence(keys(env("A", CLIENT, 1)), notCollected())));
    }

    @Test
    void notApplicableWithoutASourceScan() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, evidence(notCollected(), envExample("UNUSED"))));
    }

    @Test
    void keysNothingReadsAreInfoSortedAndUnscored() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(
                                env("PAYMENT_API_URL", CLIENT, 3),
                                use("app.db-url", ConfigKeySource.SPRING_VALUE, CLIENT, 4, false),
                                use(
                                        "app.cache-size",
                                        ConfigKeySource.PLACEHOLDER,
                                        "src/main/resources/application.yml",
                                        2,
                                        true),
                                use("app.mode", ConfigKeySource.SYSTEM_PROPERTY, CLIENT, 5, false)),
                        envExample(
                                "ZETA",
                                "PAYMENT_API_URL",
                                "APP_DB_URL",
                                "APP_CACHESIZE",
                                "app.mode",
                                "ALPHA",
                                "payment_api_url")));

        assertNull(outcome.score(), "unscored");
        assertEquals(
                List.of("ALPHA", "ZETA", "payment_api_url"),
                outcome.findings().stream().map(Finding::key).toList());
        Finding alpha = outcome.findings().get(0);
        assertEquals(
                "ALPHA is documented in .env.example but no main code or application configuration reads it",
                alpha.message());
        assertEquals(Severity.INFO, alpha.severity());
        assertEquals(false, alpha.blocking());
        assertEquals(Category.CONFIGURATION, alpha.category());
        assertEquals(Location.of(".env.example"), alpha.location());
        assertEquals(5, alpha.effortMinutes());
    }

    @Test
    void everyKeyReadMeansNoFinding() {
        RuleOutcome outcome = run(rule, evidence(keys(env("A", CLIENT, 1), env("B", CLIENT, 2)), envExample("A", "B")));

        assertEquals(RuleOutcome.unscored(List.of()), outcome);
    }

    /** Spring Boot binds SPRING_* itself, the JVM and its launch scripts read the JAVA_OPTS family. */
    @Test
    void keysFrameworksReadAreNotReported() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(),
                        envExample(
                                "SPRING_PROFILES_ACTIVE",
                                "SPRING_DATASOURCE_URL",
                                "JAVA_OPTS",
                                "JAVA_TOOL_OPTIONS",
                                "JDK_JAVA_OPTIONS",
                                "_JAVA_OPTIONS",
                                "SPRINGFIELD",
                                "MY_JAVA_OPTS")));

        assertEquals(
                List.of("MY_JAVA_OPTS", "SPRINGFIELD"),
                outcome.findings().stream().map(Finding::key).toList());
    }
}
