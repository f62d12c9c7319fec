package io.github.readiness.rules.rule.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.source.HardcodedSecret;
import io.github.readiness.rules.evidence.source.SecretKind;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsRuleTest {
    private static final HardcodedSecret AWS = secret(
            "aws-access-key-id",
            SecretKind.PROVIDER_TOKEN,
            "AWS access key id",
            "src/main/resources/application.properties",
            3,
            "AKIA****************",
            "ecc3e08aa4d3");
    private static final HardcodedSecret DEFAULT = secret(
            "default-credential",
            SecretKind.DEFAULT_CREDENTIAL,
            "well-known default credential spring.datasource.password =",
            "src/main/resources/application-dev.yml",
            7,
            "****",
            "0a1b2c3d4e5f");

    private final SecretsRule rule = new SecretsRule();

    static HardcodedSecret secret(
            String pattern,
            SecretKind kind,
            String description,
            String file,
            int line,
            String masked,
            String fingerprint) {
        return new HardcodedSecret(pattern, kind, description, new Location(file, line), masked, fingerprint);
    }

    static Collected<SourceScan> scanned(HardcodedSecret... secrets) {
        return Collected.read(new SourceScan(3, 120, List.of(secrets), List.of(), List.of(), List.of()), List.of());
    }

    static ProjectEvidence evidence(Collected<SourceScan> sources) {
        return new ProjectEvidence(
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                sources);
    }

    private static <T> Collected<T> notCollected() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    static Policy policy() {
        return Policy.defaults(List.of(new SecretsRule().metadata()));
    }

    RuleOutcome run(Collected<SourceScan> sources, Policy policy) {
        return RuleRun.run(rule, evidence(sources), policy);
    }

    @Test
    void notScannedIsNotApplicable() {
        assertEquals(RuleOutcome.notApplicable(), run(notCollected(), policy()));
        assertEquals(
                RuleOutcome.notApplicable(),
                run(
                        Collected.missing(
                                EvidenceStatus.NOT_APPLICABLE, "no main sources or resources to scan", List.of()),
                        policy()));
    }

    @Test
    void noSecretScoresOneHundred() {
        assertEquals(RuleOutcome.scored(100, List.of()), run(scanned(), policy()));
    }

    @ParameterizedTest(name = "{0}: {1}, blocking {2}, {3} min")
    @CsvSource(delimiter = '|', textBlock = """
        PRIVATE_KEY        | CRITICAL | true  | 60
        PROVIDER_TOKEN     | CRITICAL | true  | 60
        LITERAL_CREDENTIAL | CRITICAL | true  | 60
        DEFAULT_CREDENTIAL | HIGH     | false | 15
        POSSIBLE_CREDENTIAL | LOW     | false | 15
        """)
    void severityBlockingAndEffortByKind(SecretKind kind, Severity severity, boolean blocking, int effort) {
        RuleOutcome outcome = run(
                scanned(secret("x", kind, "something", "src/main/resources/a.yml", 2, "****", "abcdefabcdef")),
                policy());

        Finding finding = outcome.findings().get(0);
        assertEquals(severity, finding.severity());
        assertEquals(blocking, finding.blocking());
        assertEquals(effort, finding.effortMinutes());
        assertEquals(Category.SECURITY, finding.category());
        assertEquals("security.secrets", finding.rule());
        double factor = switch (severity) {
            case CRITICAL -> 0.5;
            case HIGH -> 0.75;
            case MEDIUM -> 0.95;
            default -> 0.99;
        };
        assertEquals(100 * factor, outcome.score(), 1e-9);
    }

    @Test
    void aCredentialReadWithAFallbackIsLeftToCredentialFallbackButItsAllowListEntryCountsAsUsed() {
        HardcodedSecret fallback = secret(
                "placeholder-default",
                SecretKind.PLACEHOLDER_DEFAULT,
                "default value of placeholder for spring.datasource.password =",
                "src/main/resources/application-mysql.properties",
                5,
                "${MYSQL_PASS:****}",
                "0a1b2c3d4e5f");

        assertEquals(RuleOutcome.scored(100, List.of()), run(scanned(fallback), policy()));
        assertEquals(
                RuleOutcome.scored(100, List.of()),
                run(scanned(fallback), policy().withSecretAllowList(List.of("fingerprint:0a1b2c3d4e5f"))));
    }

    @Test
    void oneFindingPerOccurrenceWithFileLineMaskedValueAndStableKey() {
        HardcodedSecret again = secret(
                "aws-access-key-id",
                SecretKind.PROVIDER_TOKEN,
                "AWS access key id",
                "src/main/resources/application.properties",
                9,
                "AKIA****************",
                "ecc3e08aa4d3");
        RuleOutcome outcome = run(scanned(AWS, again, DEFAULT), policy());

        assertEquals(3, outcome.findings().size());
        Finding aws = outcome.findings().get(1);
        assertEquals(
                "AWS access key id AKIA**************** hardcoded in" + " src/main/resources/application.properties:3",
                aws.message());
        assertEquals("src/main/resources/application.properties ecc3e08aa4d3", aws.key());
        assertEquals(new Location("src/main/resources/application.properties", 3), aws.location());
        assertNull(aws.measured());
        assertNull(aws.expected());
        assertTrue(aws.remediation().startsWith("Remove the secret from the code and rotate it"), aws.remediation());
        assertEquals(aws.key(), outcome.findings().get(2).key(), "same file and secret, same key on another line");
        assertEquals(
                "well-known default credential spring.datasource.password = **** hardcoded in"
                        + " src/main/resources/application-dev.yml:7",
                outcome.findings().get(0).message());
        assertEquals(100 * 0.5 * 0.5 * 0.75, outcome.score(), 1e-9);
    }

    @Test
    void allowedSecretsStayVisibleAsInfoAndCostNothing() {
        Policy policy = policy().withSecretAllowList(List.of(
                "src/main/resources/*-dev.yml#default-credential",
                "fingerprint:ecc3e08aa4d3",
                "src/main/resources/**",
                "src/test/**"));

        RuleOutcome outcome = run(scanned(AWS, DEFAULT), policy);

        assertEquals(100.0, outcome.score());
        assertEquals(
                List.of(
                        "well-known default credential spring.datasource.password = **** hardcoded in"
                                + " src/main/resources/application-dev.yml:7, allowed by secretAllowList entry"
                                + " 'src/main/resources/*-dev.yml#default-credential'",
                        "AWS access key id AKIA**************** hardcoded in src/main/resources/application.properties:3,"
                                + " allowed by secretAllowList entry 'fingerprint:ecc3e08aa4d3'",
                        "secretAllowList entry 'src/test/**' matches no secret (remove it)"),
                outcome.findings().stream().map(Finding::message).toList());
        for (Finding finding : outcome.findings()) {
            assertEquals(Severity.INFO, finding.severity());
            assertFalse(finding.blocking());
            assertEquals(0, finding.effortMinutes());
        }
        assertEquals(
                "src/main/resources/application.properties ecc3e08aa4d3",
                outcome.findings().get(1).key(),
                "the same key as when not allowed, so reports can be compared");
        assertEquals("secretAllowList src/test/**", outcome.findings().get(2).key());
        assertNull(outcome.findings().get(2).location());
    }

    @Test
    void anEntryNarrowedToAnotherPatternDoesNotAllow() {
        Policy policy = policy().withSecretAllowList(List.of("src/main/resources/**#jwt"));

        RuleOutcome outcome = run(scanned(AWS), policy);

        assertEquals(Severity.CRITICAL, outcome.findings().get(0).severity());
        assertTrue(outcome.findings().get(0).blocking());
        assertEquals(
                "secretAllowList entry 'src/main/resources/**#jwt' matches no secret (remove it)",
                outcome.findings().get(1).message());
        assertEquals(50.0, outcome.score());
    }

    @Test
    void anUnusedEntryIsReportedEvenWithoutSecrets() {
        RuleOutcome outcome = run(scanned(), policy().withSecretAllowList(List.of("fingerprint:000000000000")));

        assertEquals(100.0, outcome.score());
        assertEquals(
                List.of(Severity.INFO),
                outcome.findings().stream().map(Finding::severity).toList());
    }

    /** Through the engine: a secret blocks the release whatever the score; WARN reports it without blocking. */
    @Test
    void aSecretBlocksTheReleaseUnlessTheLevelIsWarn() {
        ReadinessEngine engine = new ReadinessEngine(List.of(new SecretsRule()));
        Policy policy = engine.defaultPolicy();

        Scorecard blocked =
                engine.evaluate(EvidenceFixtures.PROJECT, evidence(scanned(AWS)), policy, EvidenceFixtures.TOOL);
        Scorecard warned = engine.evaluate(
                EvidenceFixtures.PROJECT,
                evidence(scanned(AWS)),
                policy.withLevel("security.secrets", "WARN"),
                EvidenceFixtures.TOOL);
        Scorecard notScanned =
                engine.evaluate(EvidenceFixtures.PROJECT, evidence(notCollected()), policy, EvidenceFixtures.TOOL);

        assertEquals(Verdict.NOT_READY, blocked.verdict());
        assertEquals(1, blocked.blockers().size());
        CategoryScore security = blocked.categories().get(0);
        assertEquals(Category.SECURITY, security.category());
        assertEquals(50, security.score());
        assertEquals(List.of(), warned.blockers());
        assertNull(notScanned.categories().get(0).score(), "not scanned: N/A, never 0 or 100");
    }
}
