package io.github.readiness.rules.evidence.source;

import java.util.List;

/**
 * AWS secret access keys: 40 characters of [A-Za-z0-9/+], mixed case with a digit, slash or plus, and only after a
 * keyword on the same line ({@code aws_secret_access_key}, {@code aws.secretKey}, {@code secretAccessKey}...). A
 * random-looking 40-character string alone is never one: that would flag hashes and ids everywhere.
 */
final class AwsSecretKeys {
    private static final int LENGTH = 40;

    private AwsSecretKeys() {}

    static void find(String text, List<SecretMatch> into) {
        if (text.length() < LENGTH) {
            return; // no room for a key: most lines, without a walk
        }
        int keywordEnd = -2; // computed once, and only for lines with a candidate
        int i = 0;
        while (i < text.length()) {
            if (!isKeyChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = Chars.runOf(text, i, AwsSecretKeys::isKeyChar);
            // followed by '=' it is base64 padding of some longer value, not a key
            if (end - i == LENGTH && (end == text.length() || text.charAt(end) != '=') && looksRandom(text, i, end)) {
                if (keywordEnd == -2) {
                    keywordEnd = keywordEnd(text);
                }
                if (keywordEnd >= 0 && keywordEnd <= i) {
                    into.add(new SecretMatch(SecretPattern.AWS_SECRET_ACCESS_KEY, i, text.substring(i, end)));
                }
            }
            i = end;
        }
    }

    private static boolean isKeyChar(char c) {
        return Chars.isAlnum(c) || c == '/' || c == '+';
    }

    private static boolean looksRandom(String text, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        boolean other = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            other |= !Chars.isAlnum(c) || Chars.isDigit(c);
        }
        return upper && lower && other;
    }

    /**
     * Where the keyword ends on the line, or -1: {@code secretaccesskey}, or both {@code aws} and {@code secret}, in
     * the letters and digits of the line read in lower case (so {@code AWS_SECRET_ACCESS_KEY}, {@code aws.secretKey}
     * and {@code cloud.aws.credentials.secret-key} all count).
     */
    static int keywordEnd(String text) {
        StringBuilder letters = new StringBuilder();
        int[] position = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isAlnum(c)) {
                position[letters.length()] = i;
                letters.append(Character.toLowerCase(c));
            }
        }
        String normalized = letters.toString();
        int full = normalized.indexOf("secretaccesskey");
        int aws = normalized.indexOf("aws");
        int secret = normalized.indexOf("secret");
        int end = Integer.MAX_VALUE;
        if (full >= 0) {
            end = full + "secretaccesskey".length();
        }
        if (aws >= 0 && secret >= 0) {
            end = Math.min(end, Math.max(aws + 3, secret + "secret".length()));
        }
        return end == Integer.MAX_VALUE ? -1 : position[end - 1] + 1;
    }
}
