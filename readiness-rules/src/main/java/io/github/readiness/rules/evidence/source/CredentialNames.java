package io.github.readiness.rules.evidence.source;

/** Whether a name (a key, an environment variable, a build argument) names a credential, for readers outside. */
public final class CredentialNames {
    private CredentialNames() {}

    /** {@code API_KEY}, {@code DB_PASSWORD}, {@code jwt.secret}: see the credential words of the secret scan. */
    public static boolean isCredential(String name) {
        return CredentialKey.isCredential(name);
    }
}
