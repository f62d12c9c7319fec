package io.github.readiness.rules.evidence.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a key or identifier names a credential, judged by its last segment (or last two, for {@code api_key}),
 * splitting on {@code .}, {@code _}, {@code -}, any other punctuation, digits and camel case: {@code
 * spring.datasource.password}, {@code DB_PASSWORD}, {@code apiKey}, {@code jwt.secret} name credentials; {@code
 * password.min-length}, {@code token.expiry-seconds}, {@code passwordEncoder}, {@code tokenUrl} do not.
 */
final class CredentialKey {
    /**
     * The credential words. Beyond the audits' list (password, passwd, pwd, secret, token, apikey, accesskey,
     * privatekey, credentials, clientsecret): secretkey and passphrase, as common and as secret.
     */
    static final Set<String> WORDS = Set.of(
            "password",
            "passwd",
            "pwd",
            "secret",
            "token",
            "apikey",
            "accesskey",
            "privatekey",
            "credentials",
            "clientsecret",
            "secretkey",
            "passphrase");

    private CredentialKey() {}

    static boolean isCredential(String key) {
        return word(key) != null;
    }

    /** The credential word the key ends with ({@code apikey} for {@code app.api-key}), or null. */
    static String word(String key) {
        List<String> segments = segments(key);
        int n = segments.size();
        if (n == 0) {
            return null;
        }
        String lastTwo = n > 1 ? segments.get(n - 2) + segments.get(n - 1) : null;
        if (lastTwo != null && WORDS.contains(lastTwo)) {
            return lastTwo; // clientSecret: the longer word
        }
        return WORDS.contains(segments.get(n - 1)) ? segments.get(n - 1) : null;
    }

    /**
     * Whether a Java string names a credential key instead of holding one ({@code "password"}, {@code "DB_PASSWORD"},
     * {@code "X-Auth-Token"}, {@code "spring.datasource.password"}): a key-like word ending in a credential word.
     */
    static boolean isKeyName(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Chars.isBase64Url(c) || c == '.')) {
                return false;
            }
        }
        return isCredential(value);
    }

    /** The key's words in lower case; numbers are left out ({@code password2} is a password). */
    static List<String> segments(String key) {
        List<String> segments = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetter(c)) {
                flush(word, segments);
                continue;
            }
            boolean upper = Character.isUpperCase(c);
            char previous = i > 0 ? key.charAt(i - 1) : ' ';
            boolean nextLower = i + 1 < key.length() && Character.isLowerCase(key.charAt(i + 1));
            // apiKey -> api|Key; APIKey -> API|Key; PASSWORD stays one word
            if (upper && (Character.isLowerCase(previous) || (Character.isUpperCase(previous) && nextLower))) {
                flush(word, segments);
            }
            word.append(c);
        }
        flush(word, segments);
        return segments;
    }

    private static void flush(StringBuilder word, List<String> segments) {
        if (word.length() > 0) {
            segments.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
