package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.source.HardcodedSecret;
import io.github.readiness.rules.evidence.source.SecretKind;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.SecretAllowList;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.SeverityDecay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code security.secrets}: secrets hardcoded in the main sources and resources (and test roots when policy asks),
 * from the one source scan. One finding per occurrence, at its file and line, with the value masked (never the
 * secret): private keys, provider tokens (AWS, GitHub, GitLab, Slack, JWT) and near-certain literal credentials are
 * CRITICAL and block; well-known default credentials ({@code changeme}, {@code admin}...) are HIGH and a possible
 * credential (short, a word, a hash) LOW, neither blocking. A credential read with a fallback ({@code
 * ${DB_PASSWORD:petclinic}}, {@code getOrDefault("API_KEY", "demo-key")}) is left to {@code config.credential-fallback}
 * (one finding per place), though secretAllowList entries that cover it count as used. The key is
 * {@code <file> <fingerprint>}, stable when lines move. Secrets a secretAllowList entry covers stay visible as INFO
 * findings that cost nothing; an entry that matches no secret is an INFO finding too. Effort: 60 min per secret (it
 * must be rotated), 15 min per default, placeholder default or possible credential. Score: {@value SeverityDecay#FORMULA} over the secrets not allowed
 * (100 when there is none); not applicable when the sources were not scanned.
 */
public final class SecretsRule extends AbstractRule<SourceScan> {
    static final int MINUTES_PER_SECRET = 60;
    static final int MINUTES_PER_DEFAULT = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder("security.secrets", Category.SECURITY)
            .title("No hardcoded secrets")
            .description(
                    "No private key, provider token (AWS, GitHub, GitLab, Slack, JWT) or literal password/secret/token/apikey"
                            + " value is hardcoded in the main sources and resources; well-known default credentials are"
                            + " reported without blocking.")
            .remediation(
                    "Remove the secret from the code and rotate it (it stays in the version control history); read it from"
                            + " the environment or a secret store instead, e.g. a ${ENV_VAR} placeholder.")
            .effort(EffortModel.per(MINUTES_PER_SECRET, "per secret (rotation)")
                    // also per placeholder default and possible credential (the rule page says so); the label stays
                    // as the golden SARIF files hold it
                    .and(MINUTES_PER_DEFAULT, "per default credential")
                    .withNote("allowed secrets cost nothing"))
            .build();
    private static final String ALLOWED_REMEDIATION =
            "Nothing to do while the allow-list entry holds; review it when the file changes.";
    private static final String POSSIBLE_REMEDIATION = "Check the value: if it is a real credential, remove and"
            + " rotate it and read it from the environment; if not, mark it with a secretAllowList entry"
            + " 'fingerprint:%s'.";
    private static final String UNUSED_REMEDIATION = "Remove the entry from secretAllowList, or fix its path glob,"
            + " pattern id or fingerprint (the fingerprint is the second part of a finding's key).";

    public SecretsRule() {
        super(METADATA, ProjectEvidence::sources);
    }

    @Override
    protected RuleOutcome judge(SourceScan sources, RuleContext context) {
        SecretAllowList allowList = context.policy().secretAllowList();
        List<HardcodedSecret> secrets = new ArrayList<>(sources.secrets());
        // by file and line (a key block is recorded when its material is seen, after the header's line)
        secrets.sort(Comparator.comparing((HardcodedSecret s) -> s.location().file())
                .thenComparingInt(s -> s.location().line()));
        List<Finding> findings = new ArrayList<>();
        Set<String> usedEntries = new HashSet<>();
        for (HardcodedSecret secret : secrets) {
            List<String> allowing =
                    allowList.matching(secret.location().file(), secret.patternId(), secret.fingerprint());
            usedEntries.addAll(allowing);
            if (secret.kind() == SecretKind.PLACEHOLDER_DEFAULT) {
                continue; // a credential read with a fallback: config.credential-fallback reports it, once
            }
            if (allowing.isEmpty()) {
                findings.add(secret(context, secret));
            } else {
                findings.add(allowed(context, secret, allowing.get(0)));
            }
        }
        for (String entry : allowList.entries()) {
            if (!usedEntries.contains(entry)) {
                findings.add(context.finding(
                                Severity.INFO,
                                "secretAllowList " + entry,
                                "secretAllowList entry '" + entry + "' matches no secret (remove it)")
                        .remediation(UNUSED_REMEDIATION)
                        .effort(0)
                        .notBlocking());
            }
        }
        return RuleOutcome.decayed(findings); // allowed secrets and unused entries are INFO: they cost nothing
    }

    private static Finding secret(RuleContext context, HardcodedSecret secret) {
        SecretKind kind = secret.kind();
        String remediation = switch (kind) {
            case POSSIBLE_CREDENTIAL -> String.format(POSSIBLE_REMEDIATION, secret.fingerprint());
            default -> METADATA.remediation();
        };
        return context.finding(severity(kind), key(secret), message(secret))
                .at(secret.location())
                .remediation(remediation)
                .effort(kind.blocking() ? MINUTES_PER_SECRET : MINUTES_PER_DEFAULT)
                .blocking(kind.blocking());
    }

    static Severity severity(SecretKind kind) {
        return switch (kind) {
            case PRIVATE_KEY, PROVIDER_TOKEN, LITERAL_CREDENTIAL -> Severity.CRITICAL;
            case DEFAULT_CREDENTIAL -> Severity.HIGH;
            case PLACEHOLDER_DEFAULT -> Severity.HIGH; // reported by config.credential-fallback
            case POSSIBLE_CREDENTIAL -> Severity.LOW;
        };
    }

    private static Finding allowed(RuleContext context, HardcodedSecret secret, String entry) {
        return context.finding(
                        Severity.INFO,
                        key(secret),
                        message(secret) + ", allowed by secretAllowList entry '" + entry + "'")
                .at(secret.location())
                .remediation(ALLOWED_REMEDIATION)
                .effort(0)
                .notBlocking();
    }

    /** "AWS access key id AKIA**************** hardcoded in src/main/resources/application.properties:3". */
    static String message(HardcodedSecret secret) {
        return secret.description() + " " + secret.masked() + " hardcoded in " + secret.location();
    }

    /** "<file> <fingerprint>": what a waiver or an allow-list names, stable when lines move. */
    static String key(HardcodedSecret secret) {
        return secret.location().file() + " " + secret.fingerprint();
    }
}
