package io.github.readiness.rules.evidence.source;

import java.util.List;

/**
 * Signed JSON web tokens: {@code eyJ<header>.eyJ<payload>.<signature>}, base64url parts of at least 10 characters
 * each. A header alone ({@code eyJhbGciOi...} without dots) or an unsigned token is not one.
 */
final class JsonWebTokens {
    private static final String PART_START = "eyJ";
    private static final int MIN_PART = 10;

    private JsonWebTokens() {}

    static void find(String text, List<SecretMatch> into) {
        int i = text.indexOf(PART_START);
        while (i >= 0) {
            int next = i + 1;
            if (i == 0 || !Chars.isBase64Url(text.charAt(i - 1))) {
                int headerEnd = Chars.runOf(text, i, Chars::isBase64Url);
                next = headerEnd; // no token starts inside this run: its characters are not boundaries
                int payloadEnd = part(text, headerEnd, true);
                int signatureEnd = payloadEnd < 0 ? -1 : part(text, payloadEnd, false);
                if (headerEnd - i >= MIN_PART
                        && signatureEnd > 0
                        && (signatureEnd == text.length() || text.charAt(signatureEnd) != '.')) {
                    into.add(new SecretMatch(SecretPattern.JWT, i, text.substring(i, signatureEnd)));
                    next = signatureEnd;
                }
            }
            i = text.indexOf(PART_START, next);
        }
    }

    /** The end of the part after the dot at {@code dot}, or -1 when there is no dot or the part is too short. */
    private static int part(String text, int dot, boolean payload) {
        if (dot >= text.length() || text.charAt(dot) != '.' || (payload && !text.startsWith(PART_START, dot + 1))) {
            return -1;
        }
        int end = Chars.runOf(text, dot + 1, Chars::isBase64Url);
        return end - (dot + 1) >= MIN_PART ? end : -1;
    }
}
