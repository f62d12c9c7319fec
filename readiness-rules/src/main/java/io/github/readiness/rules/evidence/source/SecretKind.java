package io.github.readiness.rules.evidence.source;

/** What kind of hardcoded secret a source line holds; decides the finding's severity. */
public enum SecretKind {
    /** A private key block ({@code -----BEGIN ... PRIVATE KEY-----}). */
    PRIVATE_KEY,
    /** A credential in a provider's own format: AWS access key id, GitHub/GitLab/Slack token, JWT. */
    PROVIDER_TOKEN,
    /** A literal value assigned to a password/secret/token/apikey key. */
    LITERAL_CREDENTIAL,
    /** A well-known default ({@code changeme}, {@code admin}, {@code password}...) assigned to such a key. */
    DEFAULT_CREDENTIAL
}
