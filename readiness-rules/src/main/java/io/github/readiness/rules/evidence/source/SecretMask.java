package io.github.readiness.rules.evidence.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a secret is shown and identified without being kept. A provider token of 16 characters or more shows its
 * 4-character public prefix ({@code AKIA}, {@code ghp_}); every other secret shows no character at all. The number of
 * stars is fixed, because the length of a password is itself a hint.
 */
final class SecretMask {
    /** Values shorter than this show no character at all. */
    static final int MIN_LENGTH_FOR_PREFIX = 16;

    static final int PREFIX_LENGTH = 4;
    static final String STARS = "*".repeat(16);
    static final String SHORT_MASK = "****";
    static final int FINGERPRINT_LENGTH = 12;

    private SecretMask() {}

    /** {@code AKIA****************} for long provider tokens, {@code ****} for everything else. */
    static String mask(String value, SecretKind kind) {
        return kind.showsPrefix() && value.length() >= MIN_LENGTH_FOR_PREFIX
                ? value.substring(0, PREFIX_LENGTH) + STARS
                : SHORT_MASK;
    }

    /**
     * The first 12 hex characters of SHA-256 over {@code patternId + ":" + value}: the same secret gives the same
     * fingerprint in every file and on every line, so an allow-list or waiver names it without repeating it.
     */
    static String fingerprint(String patternId, String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((patternId + ":" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
