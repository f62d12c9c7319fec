package io.github.readiness.rules.baseline;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across builds: the first 16 hex digits of SHA-256 over the rule id and the finding's key.
 * Never the message (it carries measured values: "13.3 %" becomes "14.0 %") and never a line number (lines move when
 * code is edited above them): a key that quotes its location as {@code file:line} counts with the file only.
 *
 * <p>The location file is not added on its own: every rule's key already names what the finding is about (a test, a
 * CVE and dependency, a secret's file and fingerprint, a configuration key, a tool rule), and where a key does not
 * name a file, the location is only the first of a group (the first PMD issue of a rule, the first TODO marker), which
 * moves as soon as an issue is added in an earlier file.
 */
public final class Fingerprint {
    /** Hex digits kept: 64 bits, enough to tell the findings of one module apart. */
    public static final int LENGTH = 16;

    private Fingerprint() {}

    public static String of(Finding finding) {
        return of(finding.rule(), stableKey(finding));
    }

    /** The fingerprint of a rule id and an already stable key. */
    public static String of(String rule, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rule + '\u0000' + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The key with its location's {@code :line} dropped, so a finding keeps its identity when its line moves. */
    static String stableKey(Finding finding) {
        Location location = finding.location();
        if (location == null || location.line() == 0) {
            return finding.key();
        }
        return finding.key().replace(location.file() + ":" + location.line(), location.file());
    }

    /** Whether the text is a fingerprint as this class writes it: 16 lower-case hex digits. */
    public static boolean isValid(String text) {
        return text != null
                && text.length() == LENGTH
                && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
