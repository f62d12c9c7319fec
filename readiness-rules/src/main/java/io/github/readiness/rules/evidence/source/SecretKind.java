package io.github.readiness.rules.evidence.source;

/**
 * What kind of hardcoded secret a source line holds; decides the finding's severity. Only the near-certain kinds
 * block: provider-format tokens, private key material, and literal credentials that are long and not a word.
 */
public enum SecretKind {
    /** A private key block ({@code -----BEGIN ... PRIVATE KEY-----}). */
    PRIVATE_KEY(true),
    /** A credential in a provider's own format: AWS access key id, GitHub/GitLab/Slack token, JWT. */
    PROVIDER_TOKEN(true),
    /**
     * A literal value assigned to a password/secret/token/apikey key that is near-certainly a secret: at least
     * {@value CredentialValue#MIN_SECRET_LENGTH} characters, no blank, not made of letters and separators only
     * (an identifier), not an environment variable's name, not a placeholder.
     */
    LITERAL_CREDENTIAL(true),
    /** A well-known default ({@code changeme}, {@code admin}, {@code password}...) assigned to such a key. */
    DEFAULT_CREDENTIAL(false),
    /**
     * A credential key read with a hardcoded fallback: the default of a placeholder ({@code ${DB_PASSWORD:petclinic}},
     * {@code @Value("${api.key:demo-key}")}) or of a read in code ({@code getOrDefault("API_KEY", "demo-key")}): the
     * value the application runs with when the variable is unset. Reported by {@code config.credential-fallback}, not
     * by {@code security.secrets} (one finding per place).
     */
    PLACEHOLDER_DEFAULT(false),
    /**
     * A literal value of a credential key that may be a secret but is not clearly one: short ({@code "hunter2"}), a
     * word or identifier ({@code petclinic}), text with blanks, or a password hash.
     */
    POSSIBLE_CREDENTIAL(false);

    private final boolean blocking;

    SecretKind(boolean blocking) {
        this.blocking = blocking;
    }

    /** Whether a finding of this kind blocks (the near-certain kinds). */
    public boolean blocking() {
        return blocking;
    }

    /** Whether a message may show the value's first characters (a provider token's public prefix, {@code AKIA}). */
    public boolean showsPrefix() {
        return this == PROVIDER_TOKEN;
    }
}
