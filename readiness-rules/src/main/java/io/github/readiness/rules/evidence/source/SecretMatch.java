package io.github.readiness.rules.evidence.source;

/**
 * A secret found on a line, before it is masked.
 *
 * @param start where the value starts on the line (orders several matches of one line)
 * @param value the secret itself: hashed into the fingerprint and masked, never stored
 * @param shown what a message shows instead of {@link SecretMask#mask} (a private key's header), or null
 * @param description what was found, for messages
 */
record SecretMatch(SecretPattern pattern, int start, String value, String shown, String description) {
    SecretMatch(SecretPattern pattern, int start, String value) {
        this(pattern, start, value, null, pattern.description());
    }
}
