package io.github.readiness.rules.rule.security;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders version strings as release numbers: "2.10" after "2.9", "3.4" after "3.4-rc1", "1.0.0" equal to "1".
 * Versions are split at '.', '-', '_', '+' and between digits and letters; numbers compare as numbers, and a
 * release (no qualifier) sorts after its pre-releases (alpha, beta, milestone, rc, snapshot) but before other
 * qualifiers ("1.0-sp1", "2.0.Final" count as the release). Good enough to pick the highest fixed version among
 * advisories; the engine has no Maven API, so ComparableVersion is not available here.
 */
final class VersionOrder implements Comparator<String> {
    static final VersionOrder INSTANCE = new VersionOrder();

    private static final List<String> PRE_RELEASES =
            List.of("alpha", "a", "beta", "b", "milestone", "m", "rc", "cr", "snapshot", "pre", "preview", "dev", "ea");
    private static final List<String> RELEASES = List.of("final", "ga", "release", "min");

    private VersionOrder() {}

    @Override
    public int compare(String left, String right) {
        List<Object> a = tokens(left);
        List<Object> b = tokens(right);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int order = compareToken(i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** The first number of a version ("3" of "3.4.1"), or -1 when it does not start with one. */
    static long major(String version) {
        List<Object> tokens = tokens(version);
        return !tokens.isEmpty() && tokens.get(0) instanceof BigInteger number ? number.longValueExact() : -1;
    }

    // a missing token equals 0 or a release marker, so "1" = "1.0" = "1.0.Final"
    private static int compareToken(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.compareTo(y);
        }
        return Integer.compare(rank(a), rank(b)) != 0
                ? Integer.compare(rank(a), rank(b))
                : a instanceof String x && b instanceof String y ? x.compareTo(y) : 0;
    }

    /** pre-release < release (absent, 0, final) < other qualifier < any positive number. */
    private static int rank(Object token) {
        if (token == null) {
            return 1;
        }
        if (token instanceof BigInteger number) {
            return number.signum() == 0 ? 1 : 3;
        }
        String text = (String) token;
        if (RELEASES.contains(text)) {
            return 1;
        }
        return PRE_RELEASES.contains(text) ? 0 : 2;
    }

    private static List<Object> tokens(String version) {
        List<Object> tokens = new ArrayList<>();
        String text = version == null ? "" : version.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("v") && text.length() > 1 && Character.isDigit(text.charAt(1))) {
            text = text.substring(1);
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            boolean separator = c == '.' || c == '-' || c == '_' || c == '+';
            boolean switches = current.length() > 0 && Character.isDigit(c) != Character.isDigit(current.charAt(0));
            if (separator || switches) {
                add(tokens, current);
                current.setLength(0);
            }
            if (!separator) {
                current.append(c);
            }
        }
        // trailing zeros and release markers do not make a version newer: "1.0.0" = "1"
        while (!tokens.isEmpty() && rank(tokens.get(tokens.size() - 1)) == 1) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    private static void add(List<Object> tokens, StringBuilder token) {
        if (token.length() > 0) {
            String text = token.toString();
            tokens.add(Character.isDigit(text.charAt(0)) ? new BigInteger(text) : text);
        }
    }
}
