package io.github.readiness.rules.evidence.source;

/** Character classes for the hand-written scanners (ASCII only: secrets are ASCII). */
final class Chars {
    private Chars() {}

    interface CharClass {
        boolean test(char c);
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    /** A regular-expression word character: [A-Za-z0-9_]. */
    static boolean isWord(char c) {
        return isAlnum(c) || c == '_';
    }

    /** [A-Za-z0-9_-], the base64url alphabet. */
    static boolean isBase64Url(char c) {
        return isWord(c) || c == '-';
    }

    /** [A-Za-z0-9+/=], the base64 alphabet with padding. */
    static boolean isBase64(char c) {
        return isAlnum(c) || c == '+' || c == '/' || c == '=';
    }

    /** [A-Za-z0-9-], what Slack tokens are made of. */
    static boolean isSlack(char c) {
        return isAlnum(c) || c == '-';
    }

    /** A Java identifier character, ASCII subset. */
    static boolean isIdentifier(char c) {
        return isWord(c) || c == '$';
    }

    /** The index after the run of {@code type} characters that starts at {@code from}. */
    static int runOf(String text, int from, CharClass type) {
        int i = from;
        while (i < text.length() && type.test(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first {@code c} in [from, to), or -1: a search that never looks past {@code to}. */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
