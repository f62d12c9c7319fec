package io.github.readiness.rules.rule.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.source.SourceRequest;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.evidence.source.SourceScanner;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.RuleOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files through the real scan and the rule: no field of any finding holds a secret, allowed or not. */
class SecretsNeverShownTest {
    private static final String KEY_LINE = "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi0Nj0wGz2bM4kQvNJ3hd3tC5vA";
    private static final List<String> SECRETS = List.of(
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5",
            "glpat-Abc_12-xYz34567890QrStU",
            "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
            "https://hooks.slack.com/services/T0ABC1234/B0DEF5678/AbCdEf123456GhIjKl789012",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            KEY_LINE,
            "s3cr3t-Pa55",
            "Xk9#mq2!-long-enough-password",
            "changeme");

    @TempDir
    Path project;

    @Test
    void noFieldOfAnyFindingHoldsTheSecret() throws IOException {
        write(
                "src/main/resources/application.properties",
                "aws.accessKeyId=" + SECRETS.get(0),
                "aws.secretKey=" + SECRETS.get(1),
                "github.token=" + SECRETS.get(2),
                "gitlab=" + SECRETS.get(3),
                "spring.datasource.password=" + SECRETS.get(8));
        write(
                "src/main/resources/notify.yml",
                "slack:",
                "  bot: " + SECRETS.get(4),
                "  hook: " + SECRETS.get(5),
                "  password: " + SECRETS.get(10));
        write(
                "src/main/resources/keys/app.pem",
                "-----BEGIN RSA PRIVATE KEY-----",
                KEY_LINE,
                "-----END RSA PRIVATE KEY-----");
        write(
                "src/main/java/com/acme/Client.java",
                "class Client {",
                "    static final String JWT = \"" + SECRETS.get(6) + "\";",
                "    static final String API_KEY = \"" + SECRETS.get(9) + "\";",
                "}");
        Collected<SourceScan> scan = new SourceScanner()
                .scan(SourceRequest.of(
                        project,
                        project.resolve("target"),
                        List.of(Path.of("src/main/java"), Path.of("src/main/resources")),
                        List.of()));
        Policy policy = SecretsRuleTest.policy();

        RuleOutcome outcome = new SecretsRule()
                .evaluate(new io.github.readiness.rules.rule.RuleContext(
                        SecretsRuleTest.evidence(scan),
                        policy.rule("security.secrets"),
                        new SecretsRule().metadata(),
                        policy));
        RuleOutcome allowed = new SecretsRule()
                .evaluate(new io.github.readiness.rules.rule.RuleContext(
                        SecretsRuleTest.evidence(scan),
                        policy.rule("security.secrets"),
                        new SecretsRule().metadata(),
                        policy.withSecretAllowList(List.of("**"))));

        // files in path order: src/main/java first, then the resources
        assertEquals(
                List.of(
                        "jwt",
                        "credential-assignment",
                        "aws-access-key-id",
                        "aws-secret-access-key",
                        "github-token",
                        "gitlab-token",
                        "credential-assignment",
                        "private-key",
                        "slack-token",
                        "slack-webhook",
                        "default-credential"),
                scan.value().secrets().stream().map(s -> s.patternId()).toList());
        assertEquals(11, outcome.findings().size());
        assertEquals(11, allowed.findings().size());
        List<Finding> all = new ArrayList<>(outcome.findings());
        all.addAll(allowed.findings());
        for (Finding finding : all) {
            String fields = String.join(
                    "\n",
                    finding.toString(),
                    finding.message(),
                    finding.key(),
                    finding.remediation(),
                    String.valueOf(finding.location()));
            for (String secret : SECRETS) {
                assertFalse(fields.contains(secret), () -> "a finding shows " + secret + ": " + fields);
            }
        }
        assertEquals(
                "private key -----BEGIN RSA PRIVATE KEY----- hardcoded in src/main/resources/keys/app.pem:1",
                outcome.findings().get(7).message());
        assertEquals(
                "credential API_KEY = **** hardcoded in src/main/java/com/acme/Client.java:3",
                outcome.findings().get(1).message(),
                "a generic credential shows none of its characters");
        assertEquals(
                "AWS access key id AKIA**************** hardcoded in src/main/resources/application.properties:1",
                outcome.findings().get(2).message(),
                "a provider token keeps its public prefix");
    }

    private void write(String path, String... lines) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
    }
}
