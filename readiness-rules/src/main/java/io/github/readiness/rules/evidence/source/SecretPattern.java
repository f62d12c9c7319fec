package io.github.readiness.rules.evidence.source;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The secret patterns the source scan knows, each with a stable id: the id appears in {@link HardcodedSecret} and in
 * secretAllowList entries ({@code src/main/resources/dev/**#default-credential}), so ids never change.
 */
public enum SecretPattern {
    /** A {@code -----BEGIN ... PRIVATE KEY-----} header followed by key material. */
    PRIVATE_KEY("private-key", SecretKind.PRIVATE_KEY, "private key"),
    /** {@code AKIA}, {@code ASIA}... followed by 16 characters of [A-Z2-7]. */
    AWS_ACCESS_KEY_ID("aws-access-key-id", SecretKind.PROVIDER_TOKEN, "AWS access key id"),
    /** 40 base64 characters after an {@code aws_secret_access_key}-like keyword on the same line. */
    AWS_SECRET_ACCESS_KEY("aws-secret-access-key", SecretKind.PROVIDER_TOKEN, "AWS secret access key"),
    /** {@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_} and {@code github_pat_} tokens. */
    GITHUB_TOKEN("github-token", SecretKind.PROVIDER_TOKEN, "GitHub token"),
    /** {@code glpat-} personal access tokens. */
    GITLAB_TOKEN("gitlab-token", SecretKind.PROVIDER_TOKEN, "GitLab personal access token"),
    /** {@code xoxb-}, {@code xoxp-}, {@code xoxa-}, {@code xoxr-}, {@code xoxs-} tokens. */
    SLACK_TOKEN("slack-token", SecretKind.PROVIDER_TOKEN, "Slack token"),
    /** {@code https://hooks.slack.com/services/T.../B.../...}. */
    SLACK_WEBHOOK("slack-webhook", SecretKind.PROVIDER_TOKEN, "Slack webhook URL"),
    /** A signed JSON web token: three base64url parts, the first two starting with {@code eyJ}. */
    JWT("jwt", SecretKind.PROVIDER_TOKEN, "JSON web token"),
    /** A literal value assigned to a password/secret/token/apikey key. */
    CREDENTIAL_ASSIGNMENT("credential-assignment", SecretKind.LITERAL_CREDENTIAL, "credential"),
    /** A well-known default value ({@code changeme}, {@code admin}...) assigned to such a key. */
    DEFAULT_CREDENTIAL("default-credential", SecretKind.DEFAULT_CREDENTIAL, "well-known default credential"),
    /** A placeholder's default for such a key: {@code ${DB_PASSWORD:petclinic}}. */
    PLACEHOLDER_DEFAULT("placeholder-default", SecretKind.PLACEHOLDER_DEFAULT, "default value of placeholder for"),
    /**
     * A hardcoded fallback of a credential key Java code reads: {@code System.getenv().getOrDefault("API_KEY",
     * "demo-key")}, {@code getProperty("api.key", "demo-key")}, {@code orElse("demo-key")}.
     */
    CODE_FALLBACK("code-fallback", SecretKind.PLACEHOLDER_DEFAULT, "hardcoded fallback for"),
    /** A short, word-like or hashed literal assigned to such a key: maybe a secret, not clearly one. */
    POSSIBLE_CREDENTIAL("possible-credential", SecretKind.POSSIBLE_CREDENTIAL, "possible credential");

    private final String id;
    private final SecretKind kind;
    private final String description;

    SecretPattern(String id, SecretKind kind, String description) {
        this.id = id;
        this.kind = kind;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public SecretKind kind() {
        return kind;
    }

    /** What was found, for messages ("AWS access key id"). */
    public String description() {
        return description;
    }

    /** Every pattern id, in declaration order (for "valid ids are ..." messages). */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SecretPattern::id).toList();
    }

    public static Optional<SecretPattern> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
