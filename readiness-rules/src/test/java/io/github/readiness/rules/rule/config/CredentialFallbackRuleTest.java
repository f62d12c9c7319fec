package io.github.readiness.rules.rule.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.source.HardcodedSecret;
import io.github.readiness.rules.evidence.source.SecretKind;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import io.github.readiness.rules.rule.security.SecretsRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fallbacks the source scan found, reported once here (security.secrets leaves them out). */
class CredentialFallbackRuleTest {
    private static final HardcodedSecret PLACEHOLDER = new HardcodedSecret(
            "placeholder-default",
            SecretKind.PLACEHOLDER_DEFAULT,
            "default value of placeholder for spring.datasource.password =",
            new Location("src/main/resources/application-mysql.properties", 5),
            "${MYSQL_PASS:****}",
            "0a1b2c3d4e5f");
    private static final HardcodedSecret CODE = new HardcodedSecret(
            "code-fallback",
            SecretKind.PLACEHOLDER_DEFAULT,
            "hardcoded fallback for API_KEY =",
            new Location("src/main/java/x/Client.java", 12),
            "****",
            "aaaabbbbcccc");
    private static final HardcodedSecret LITERAL = new HardcodedSecret(
            "credential-assignment",
            SecretKind.LITERAL_CREDENTIAL,
            "credential password =",
            new Location("src/main/resources/application.properties", 2),
            "****",
            "111122223333");

    private static RuleOutcome run(Policy policy, HardcodedSecret... secrets) {
        Collected<SourceScan> sources =
                Collected.read(new SourceScan(3, 120, List.of(secrets), List.of(), List.of(), List.of()), List.of());
        return RuleRun.run(
                new CredentialFallbackRule(), ConfigFixtures.evidence(sources, ConfigFixtures.notCollected()), policy);
    }

    private static Policy policy() {
        return Policy.defaults(List.of(new CredentialFallbackRule().metadata(), new SecretsRule().metadata()));
    }

    @Test
    void eachFallbackIsOneHighFindingThatDoesNotBlockAndOtherSecretsAreNotItsConcern() {
        RuleOutcome outcome = run(policy(), PLACEHOLDER, CODE, LITERAL);

        assertEquals(
                List.of(
                        "HIGH false src/main/java/x/Client.java aaaabbbbcccc src/main/java/x/Client.java:12 15 hardcoded"
                                + " fallback for API_KEY = **** in src/main/java/x/Client.java:12: the application runs"
                                + " with it when the variable is unset",
                        "HIGH false src/main/resources/application-mysql.properties 0a1b2c3d4e5f"
                                + " src/main/resources/application-mysql.properties:5 15 default value of placeholder"
                                + " for spring.datasource.password = ${MYSQL_PASS:****} in"
                                + " src/main/resources/application-mysql.properties:5: the application runs with it"
                                + " when the variable is unset"),
                outcome.findings().stream()
                        .map(CredentialFallbackRuleTest::line)
                        .toList());
        assertEquals(
                "Remove the fallback so that the application fails to start without the variable, e.g."
                        + " ${MYSQL_PASS}; if it is a local development value on purpose, mark it intended with a"
                        + " secretAllowList entry 'src/main/resources/application-mysql.properties#placeholder-default'"
                        + " (or 'fingerprint:0a1b2c3d4e5f').",
                outcome.findings().get(1).remediation());
        assertEquals(100 * 0.75 * 0.75, outcome.score(), 1e-9);
    }

    @Test
    void anAllowedFallbackIsInfoAndCostsNothing() {
        Finding finding = run(
                        policy().withSecretAllowList(List.of("src/main/resources/*#placeholder-default")), PLACEHOLDER)
                .findings()
                .get(0);

        assertEquals(Severity.INFO, finding.severity());
        assertEquals(0, finding.effortMinutes());
    }

    @Test
    void aLibraryWithoutFallbackIsNotApplicable() {
        // the evidence holds no service: a library's Configuration score must not change for want of fallbacks
        assertEquals(RuleOutcome.notApplicable(), run(policy(), LITERAL));
    }

    private static String line(Finding finding) {
        return finding.severity() + " " + finding.blocking() + " " + finding.key() + " " + finding.location() + " "
                + finding.effortMinutes() + " " + finding.message();
    }
}
