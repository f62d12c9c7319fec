package io.github.readiness.rules.evidence.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges the value of a credential key: not a secret (empty, a placeholder without default, an encrypted value, a
 * reference, a number, a boolean, a permission level, an environment variable's name), a well-known default, a
 * placeholder's default ({@code ${DB_PASSWORD:petclinic}}, never blocking), a possible credential (short, a word, an
 * identifier, text, a password hash: reported without blocking), or a literal credential: only that last one blocks,
 * because only it is near-certain.
 */
final class CredentialValue {
    /** Well-known defaults (case-insensitive): what the audits call default credentials. */
    static final Set<String> DEFAULTS = Set.of(
            "changeme",
            "change-me",
            "changeit",
            "password",
            "passw0rd",
            "secret",
            "admin",
            "root",
            "test",
            "example",
            "default",
            "123456",
            "12345678",
            "qwerty",
            "letmein",
            "guest",
            "sa",
            "postgres");

    private static final List<String> REFERENCES = List.of("classpath:", "file:", "env:", "vault:");
    /** A path to a key or certificate file is where the secret lives, not the secret. */
    private static final List<String> KEY_FILES =
            List.of(".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".der", ".crt", ".cer");
    /** Booleans, nulls, and the permission levels of CI files ({@code id-token: write}). */
    private static final Set<String> NOT_VALUES = Set.of(
            "true",
            "false",
            "yes",
            "no",
            "on",
            "off",
            "null",
            "none",
            "nil",
            "~",
            "read",
            "write",
            "read-all",
            "write-all");

    private static final int MAX_PLACEHOLDER_DEPTH = 3;
    /** Shorter literals are too short to be sure of ({@code "p"}, {@code "hunter2"}): reported, never blocking. */
    static final int MIN_SECRET_LENGTH = 8;
    /** Hex digests (MD5, SHA-1, SHA-256, SHA-512) under a password key are stored hashes, not the password. */
    private static final Set<Integer> DIGEST_LENGTHS = Set.of(32, 40, 64, 128);

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pwd", "passphrase");

    private CredentialValue() {}

    /** What a credential key's value is: the pattern and the value to fingerprint, or null when not a secret. */
    static SecretMatch judge(Assignment assignment) {
        String raw = assignment.value().strip();
        String value = effectiveValue(raw, 0);
        if (value == null || (assignment.javaName() && namesTheKey(assignment.key(), assignment.value()))) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (assignment.fallback()) {
            return notASecret(value, lower) ? null : match(SecretPattern.CODE_FALLBACK, assignment, value);
        }
        if (raw.startsWith("${")) {
            return notASecret(value, lower)
                    ? null
                    : new SecretMatch(
                            SecretPattern.PLACEHOLDER_DEFAULT,
                            assignment.start(),
                            value,
                            "${" + placeholderKey(raw) + ":****}",
                            SecretPattern.PLACEHOLDER_DEFAULT.description() + " " + shownKey(assignment.key()) + " =");
        }
        if (DEFAULTS.contains(lower)) {
            return match(SecretPattern.DEFAULT_CREDENTIAL, assignment, value);
        }
        if (notASecret(value, lower)) {
            return null;
        }
        return match(
                isNearCertain(assignment.key(), value)
                        ? SecretPattern.CREDENTIAL_ASSIGNMENT
                        : SecretPattern.POSSIBLE_CREDENTIAL,
                assignment,
                value);
    }

    private static boolean notASecret(String value, String lower) {
        return NOT_VALUES.contains(lower)
                || isNumber(value)
                || isReference(lower)
                || isRedacted(value)
                || isEnvironmentName(value);
    }

    /**
     * Long enough, no blank, not made of letters and separators only (a word or identifier such as {@code
     * petclinic}, {@code KeystorePassword}), and not a hex digest under a password key (a stored hash).
     */
    static boolean isNearCertain(String key, String value) {
        if (value.length() < MIN_SECRET_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean identifier = value.chars().allMatch(c -> Character.isLetter(c) || c == '_' || c == '-' || c == '.');
        return !identifier && !(isHexDigest(value) && PASSWORD_WORDS.contains(CredentialKey.word(key)));
    }

    /** {@code NEXUS_PW}, {@code GPG_PASSPHRASE}: the name of an environment variable that holds the secret. */
    static boolean isEnvironmentName(String value) {
        if (value.length() < 2 || !Chars.isUpper(value.charAt(0))) {
            return false;
        }
        return value.chars().allMatch(c -> Chars.isUpper((char) c) || Chars.isDigit((char) c) || c == '_')
                && (value.indexOf('_') > 0 || value.chars().allMatch(c -> Chars.isUpper((char) c)));
    }

    private static boolean isHexDigest(String value) {
        return DIGEST_LENGTHS.contains(value.length())
                && value.chars().allMatch(c -> Chars.isDigit((char) c) || "abcdefABCDEF".indexOf(c) >= 0);
    }

    /** {@code MYSQL_PASS} of {@code ${MYSQL_PASS:petclinic}}. */
    private static String placeholderKey(String raw) {
        int colon = raw.indexOf(':');
        String key = raw.substring(2, colon < 0 ? raw.length() : colon);
        return key.length() <= 60 ? key : key.substring(0, 57) + "...";
    }

    private static SecretMatch match(SecretPattern pattern, Assignment assignment, String value) {
        return new SecretMatch(
                pattern,
                assignment.start(),
                value,
                null,
                pattern.description() + " " + shownKey(assignment.key()) + " =");
    }

    /** Keys are not secret, but a pathological one must not flood a message. */
    private static String shownKey(String key) {
        return key.length() <= 60 ? key : key.substring(0, 57) + "...";
    }

    /** The literal the value amounts to, or null for placeholders and encrypted or hashed values. */
    private static String effectiveValue(String value, int depth) {
        if (value.isEmpty() || depth > MAX_PLACEHOLDER_DEPTH) {
            return null;
        }
        if (value.startsWith("${")) {
            return placeholderDefault(value, depth);
        }
        if (value.contains("${")
                || value.contains("#{")
                || value.contains("%(")
                || value.contains("{{")
                || enclosed(value, "<", ">")
                || (value.length() > 2 && enclosed(value, "@", "@"))
                || enclosed(value, "ENC(", ")")
                || isShellVariable(value)) {
            return null;
        }
        if (value.startsWith("{")) {
            int close = value.indexOf('}');
            if (close < 0 || close == value.length() - 1) {
                return null; // {...}: a Maven-encrypted password
            }
            String id = value.substring(1, close);
            // Spring Security's {noop} marks a plain-text password; {bcrypt}, {pbkdf2}... mark hashes
            return id.equals("noop") ? effectiveValue(value.substring(close + 1), depth + 1) : null;
        }
        return value;
    }

    /** {@code ${KEY}} is nothing; {@code ${KEY:default}} (or {@code :-default}) is its default. */
    private static String placeholderDefault(String value, int depth) {
        int nesting = 0;
        int colon = -1;
        for (int i = 2; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                nesting++;
            } else if (c == '}' && nesting > 0) {
                nesting--;
            } else if (c == '}') {
                if (i != value.length() - 1 || colon < 0) {
                    return null; // no default, or "${A}${B}", "${A}-suffix": not one literal
                }
                String fallback = value.substring(colon + 1, i);
                return effectiveValue(fallback.startsWith("-") ? fallback.substring(1) : fallback, depth + 1);
            } else if (c == ':' && nesting == 0 && colon < 0) {
                colon = i;
            }
        }
        return null;
    }

    private static boolean enclosed(String value, String open, String close) {
        return value.length() >= open.length() + close.length() && value.startsWith(open) && value.endsWith(close);
    }

    /** {@code $DB_PASSWORD}, {@code $(DB_PASSWORD)}. */
    private static boolean isShellVariable(String value) {
        if (!value.startsWith("$") || value.length() < 2) {
            return false;
        }
        String name = value.startsWith("$(") && value.endsWith(")")
                ? value.substring(2, value.length() - 1)
                : value.substring(1);
        return !name.isEmpty() && Chars.runOf(name, 0, Chars::isWord) == name.length();
    }

    private static boolean isNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        boolean digits = false;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Chars.isDigit(c) && c != '.') {
                return false;
            }
            digits |= Chars.isDigit(c);
        }
        return digits;
    }

    private static boolean isReference(String lower) {
        if (REFERENCES.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        return lower.chars().noneMatch(Character::isWhitespace)
                && KEY_FILES.stream().anyMatch(lower::endsWith);
    }

    /** {@code ****}, {@code xxxxxx}: a value someone already redacted. */
    private static boolean isRedacted(String value) {
        char first = value.charAt(0);
        boolean sameMark = first == '*' || ((first == 'x' || first == 'X') && value.length() >= 3);
        return sameMark && value.chars().allMatch(c -> c == first);
    }

    /**
     * A Java string that names the key instead of holding a credential: the key itself or its credential word in any
     * spelling ({@code PASSWORD = "password"}, {@code DB_PASSWORD = "password"}, {@code API_KEY = "api-key"}), another
     * key name ({@code TOKEN = "X-Auth-Token"}, {@code SECRET = "app.jwt.secret"}), or text with blanks (a message,
     * a prefix such as {@code "Bearer "}). A single other word ({@code password = "secret"}) is a value.
     */
    private static boolean namesTheKey(String key, String value) {
        String letters = letters(value);
        return letters.equals(letters(key))
                || letters.equals(CredentialKey.word(key))
                || (CredentialKey.segments(value).size() > 1 && CredentialKey.isKeyName(value))
                || value.chars().anyMatch(Character::isWhitespace);
    }

    private static String letters(String text) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters.append(Character.toLowerCase(text.charAt(i)));
            }
        }
        return letters.toString();
    }
}
