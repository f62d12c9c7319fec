package io.github.readiness.rules.rule.config;

import static io.github.readiness.rules.rule.config.ConfigFixtures.documenting;
import static io.github.readiness.rules.rule.config.ConfigFixtures.env;
import static io.github.readiness.rules.rule.config.ConfigFixtures.envExample;
import static io.github.readiness.rules.rule.config.ConfigFixtures.evidence;
import static io.github.readiness.rules.rule.config.ConfigFixtures.keys;
import static io.github.readiness.rules.rule.config.ConfigFixtures.notCollected;
import static io.github.readiness.rules.rule.config.ConfigFixtures.repository;
import static io.github.readiness.rules.rule.config.ConfigFixtures.run;
import static io.github.readiness.rules.rule.config.ConfigFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.repository.DocumentedKeys;
import io.github.readiness.rules.evidence.source.ConfigKeySource;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigUndocumentedKeysRuleTest {
    private static final String CLIENT = "src/main/java/x/Client.java";
    private final ConfigUndocumentedKeysRule rule = new ConfigUndocumentedKeysRule();

    @Test
    void notApplicableWithoutASourceScan() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, evidence(notCollected(), envExample("A"))));
    }

    @Test
    void notApplicableWhenNoKeyIsRead() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, evidence(keys(), envExample("A"))));
    }

    /** key read by code | keys in .env.example ("-" for none) | README tokens | documented? */
    @ParameterizedTest(name = "{0} with .env.example [{1}] and README [{2}]: documented {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PAYMENT_API_URL        | PAYMENT_API_URL       | -               | true",
                "app.db-url             | APP_DB_URL            | -               | true",
                "app.db-url             | APP_DBURL             | -               | true",
                "app.db-url             | app.db-url            | -               | true",
                "app.servers[0].host    | APP_SERVERS_0_HOST    | -               | true",
                "app.dbUrl              | APP_DBURL             | -               | true",
                "PAYMENT_API_URL        | -                     | PAYMENT_API_URL | true",
                "app.db-url             | -                     | app.db-url      | true",
                "app.db-url             | APP_DB                | -               | false",
                "app.db-url             | app_db_url            | -               | false",
                "app.db-url             | APP_DB_URL_2          | -               | false",
                "PAYMENT_API_URL        | payment_api_url       | -               | false",
                "PAYMENT_API_URL        | -                     | PAYMENT         | false",
                "app.db-url             | -                     | APP_DB_URL      | false",
                "app.db-url             | -                     | app.db          | false",
                "PAYMENT_API_URL        | -                     | -               | false",
            })
    void documentedInEnvExampleOrReadme(String key, String envKeys, String readmeTokens, boolean documented) {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(use(key, ConfigKeySource.SPRING_VALUE, CLIENT, 3, false)),
                        documenting(set(envKeys), set(readmeTokens))));

        assertEquals(
                documented ? List.of() : List.of(key),
                outcome.findings().stream().map(Finding::key).toList());
        assertEquals(documented ? 100.0 : 0.0, outcome.score());
    }

    @Test
    void oneFindingPerKeyAtItsFirstUse() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(
                                env("PAYMENT_API_URL", CLIENT, 14),
                                env("PAYMENT_API_URL", CLIENT, 30),
                                env("PAYMENT_API_URL", "src/main/java/x/Other.java", 2)),
                        envExample("DB_URL")));

        Finding finding = outcome.findings().get(0);
        assertEquals(1, outcome.findings().size());
        assertEquals(
                "environment variable PAYMENT_API_URL is read at src/main/java/x/Client.java:14 (and 2 more"
                        + " places) but is missing from .env.example",
                finding.message());
        assertEquals("PAYMENT_API_URL", finding.key());
        assertEquals(new Location(CLIENT, 14), finding.location());
        assertEquals(Severity.MEDIUM, finding.severity());
        assertFalse(finding.blocking());
        assertEquals(Category.CONFIGURATION, finding.category());
        assertEquals(5, finding.effortMinutes(), "5 min per key, not per use");
        assertNull(finding.measured());
        assertEquals(
                "Add PAYMENT_API_URL= to .env.example with a safe example value and a comment, or document"
                        + " PAYMENT_API_URL in the README.",
                finding.remediation());
    }

    /** MEDIUM as soon as one use has no default: the application cannot start without the key. */
    @ParameterizedTest(name = "defaults {0}, {1}: {2}")
    @CsvSource({"true, true, LOW", "true, false, MEDIUM", "false, true, MEDIUM", "false, false, MEDIUM"})
    void severityByDefaults(boolean firstHasDefault, boolean secondHasDefault, Severity expected) {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(
                                use("app.pool", ConfigKeySource.SPRING_VALUE, CLIENT, 3, firstHasDefault),
                                use(
                                        "app.pool",
                                        ConfigKeySource.PLACEHOLDER,
                                        "src/main/resources/application.yml",
                                        8,
                                        secondHasDefault)),
                        envExample()));

        assertEquals(expected, outcome.findings().get(0).severity());
    }

    @Test
    void messagesWithoutEnvExampleAndWithDefaults() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(
                                use("app.timeout", ConfigKeySource.SYSTEM_PROPERTY, CLIENT, 9, true),
                                use(
                                        "DB_URL",
                                        ConfigKeySource.PLACEHOLDER,
                                        "src/main/resources/application.yml",
                                        3,
                                        false),
                                use(
                                        "DB_URL",
                                        ConfigKeySource.PLACEHOLDER,
                                        "src/main/resources/application.yml",
                                        9,
                                        false)),
                        documenting(null, Set.of("Usage"))));

        assertEquals(
                List.of(
                        "system property app.timeout is read at src/main/java/x/Client.java:9 but is documented neither"
                                + " in a .env.example nor in the README (every use has a default)",
                        "configuration key DB_URL is read at src/main/resources/application.yml:3 (and 1 more place)"
                                + " but is documented neither in a .env.example nor in the README"),
                outcome.findings().stream().map(Finding::message).toList());
        assertEquals(
                "Document -Dapp.timeout=... in the README, or add APP_TIMEOUT= to .env.example.",
                outcome.findings().get(0).remediation());
    }

    /** Without repository evidence nothing counts as documented: every key is reported, none is lost. */
    @Test
    void repositoryNotReadMeansNothingIsDocumented() {
        RuleOutcome outcome = run(rule, evidence(keys(env("A", CLIENT, 1), env("B", CLIENT, 2)), notCollected()));

        assertEquals(
                List.of("A", "B"), outcome.findings().stream().map(Finding::key).toList());
        assertEquals(0.0, outcome.score());
    }

    @Test
    void scoreIsTheShareOfDocumentedDistinctKeys() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        keys(
                                env("DOCUMENTED", CLIENT, 1),
                                env("DOCUMENTED", CLIENT, 2),
                                env("DOCUMENTED", CLIENT, 3),
                                use("app.db-url", ConfigKeySource.SPRING_VALUE, CLIENT, 4, false),
                                env("MISSING", CLIENT, 5)),
                        envExample("DOCUMENTED", "APP_DB_URL")));

        assertEquals(
                List.of("MISSING"),
                outcome.findings().stream().map(Finding::key).toList());
        assertEquals(100.0 * 2 / 3, outcome.score(), 1e-9, "distinct keys, not uses");
    }

    @Test
    void envExamplePathIsNamedAsFound() {
        DocumentedKeys sample = new DocumentedKeys("../.env.sample", Set.of("X"), null, Set.of());

        RuleOutcome outcome = run(rule, evidence(keys(env("Y", CLIENT, 7)), repository(sample)));

        assertEquals(
                "environment variable Y is read at src/main/java/x/Client.java:7 but is missing from"
                        + " ../.env.sample",
                outcome.findings().get(0).message());
    }

    private static Set<String> set(String text) {
        return text.equals("-") ? Set.of() : Set.of(text.split(" "));
    }
}
