package io.github.readiness.rules.evidence.source;

import java.util.List;

/**
 * Credentials in a provider's own format: AWS access key ids, GitHub, GitLab and Slack tokens. Each scan anchors on a
 * literal prefix and checks the rest by hand, so it is linear in the line length; word boundaries keep a prefix inside
 * a longer word ({@code XAKIA...}) or a longer run ({@code AKIA} + 17 characters) from counting.
 */
final class ProviderTokens {
    private static final String[] AWS_PREFIXES = {"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"};
    private static final int AWS_ID_LENGTH = 20;
    private static final String GITHUB_TYPES = "pousr";
    private static final int GITHUB_TOKEN_BODY = 36;
    private static final String GITHUB_PAT = "github_pat_";
    private static final int GITHUB_PAT_BODY = 82;
    private static final String GITLAB_PAT = "glpat-";
    private static final int GITLAB_MIN_BODY = 20;
    private static final String SLACK_TYPES = "bpars";
    private static final int SLACK_MIN_BODY = 10;

    private ProviderTokens() {}

    /** Every provider token on the line, in no particular order. */
    static void find(String text, List<SecretMatch> into) {
        awsAccessKeyIds(text, into);
        github(text, into);
        gitlab(text, into);
        slack(text, into);
    }

    static void awsAccessKeyIds(String text, List<SecretMatch> into) {
        int last = text.length() - AWS_ID_LENGTH;
        // from one 'A' to the next with the JDK's search, not character by character (the scan runs cold)
        for (int i = text.indexOf('A'); i >= 0 && i <= last; i = text.indexOf('A', i + 1)) {
            if ((i > 0 && Chars.isAlnum(text.charAt(i - 1))) || !awsPrefix(text, i)) {
                continue;
            }
            int end = i + AWS_ID_LENGTH;
            if (allBase32(text, i + 4, end) && (end == text.length() || !Chars.isAlnum(text.charAt(end)))) {
                into.add(new SecretMatch(SecretPattern.AWS_ACCESS_KEY_ID, i, text.substring(i, end)));
                i = end - 1;
            }
        }
    }

    private static boolean awsPrefix(String text, int at) {
        for (String prefix : AWS_PREFIXES) {
            if (text.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allBase32(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code gh[pousr]_} + 36 alphanumerics, and {@code github_pat_} + 82 of [A-Za-z0-9_]. */
    static void github(String text, List<SecretMatch> into) {
        for (int i = text.indexOf("gh"); i >= 0; i = text.indexOf("gh", i + 1)) {
            if (i + 3 < text.length() && GITHUB_TYPES.indexOf(text.charAt(i + 2)) >= 0 && text.charAt(i + 3) == '_') {
                i = wordToken(text, i, 4, Chars::isAlnum, GITHUB_TOKEN_BODY, into);
            }
        }
        for (int i = text.indexOf(GITHUB_PAT); i >= 0; i = text.indexOf(GITHUB_PAT, i + 1)) {
            i = wordToken(text, i, GITHUB_PAT.length(), Chars::isWord, GITHUB_PAT_BODY, into);
        }
    }

    /**
     * A GitHub token at {@code start} whose prefix is {@code prefix} characters long and whose body is exactly {@code
     * body} characters of {@code type}, between word boundaries; returns where the search goes on.
     */
    private static int wordToken(
            String text, int start, int prefix, Chars.CharClass type, int body, List<SecretMatch> into) {
        if (start > 0 && Chars.isWord(text.charAt(start - 1))) {
            return start;
        }
        int end = Chars.runOf(text, start + prefix, type);
        if (end - (start + prefix) == body && (end == text.length() || !Chars.isWord(text.charAt(end)))) {
            into.add(new SecretMatch(SecretPattern.GITHUB_TOKEN, start, text.substring(start, end)));
            return end - 1;
        }
        return start;
    }

    /** {@code glpat-} + at least 20 of [A-Za-z0-9_-] (newer tokens are longer). */
    static void gitlab(String text, List<SecretMatch> into) {
        for (int i = text.indexOf(GITLAB_PAT); i >= 0; i = text.indexOf(GITLAB_PAT, i + 1)) {
            if (i > 0 && Chars.isBase64Url(text.charAt(i - 1))) {
                continue;
            }
            int end = Chars.runOf(text, i + GITLAB_PAT.length(), Chars::isBase64Url);
            if (end - (i + GITLAB_PAT.length()) >= GITLAB_MIN_BODY) {
                into.add(new SecretMatch(SecretPattern.GITLAB_TOKEN, i, text.substring(i, end)));
                i = end - 1;
            }
        }
    }

    /**
     * {@code xox[bpars]-} + at least 10 of [A-Za-z0-9-] starting with a digit (the workspace id): real tokens do,
     * documentation's {@code xoxb-your-token} does not. Webhook URLs: {@code hooks.slack.com/services/T.../B.../...}.
     */
    static void slack(String text, List<SecretMatch> into) {
        for (int i = text.indexOf("xox"); i >= 0; i = text.indexOf("xox", i + 1)) {
            if (i + 5 > text.length()
                    || SLACK_TYPES.indexOf(text.charAt(i + 3)) < 0
                    || text.charAt(i + 4) != '-'
                    || (i > 0 && Chars.isSlack(text.charAt(i - 1)))) {
                continue;
            }
            int end = Chars.runOf(text, i + 5, Chars::isSlack);
            if (end - (i + 5) >= SLACK_MIN_BODY && Chars.isDigit(text.charAt(i + 5))) {
                into.add(new SecretMatch(SecretPattern.SLACK_TOKEN, i, text.substring(i, end)));
                i = end - 1;
            }
        }
        String hooks = "hooks.slack.com/services/";
        for (int i = text.indexOf(hooks); i >= 0; i = text.indexOf(hooks, i + 1)) {
            int end = webhookEnd(text, i + hooks.length());
            if (end > 0) {
                int start = text.startsWith("https://", i - 8) ? i - 8 : i;
                into.add(new SecretMatch(SecretPattern.SLACK_WEBHOOK, start, text.substring(start, end)));
                i = end - 1;
            }
        }
    }

    /** The end of {@code T<id>/B<id>/<secret>} from {@code at}, or -1. */
    private static int webhookEnd(String text, int at) {
        int team = part(text, at, 'T', 2);
        int bot = team < 0 || team >= text.length() || text.charAt(team) != '/' ? -1 : part(text, team + 1, 'B', 2);
        if (bot < 0 || bot >= text.length() || text.charAt(bot) != '/') {
            return -1;
        }
        int end = Chars.runOf(text, bot + 1, Chars::isAlnum);
        return end - (bot + 1) >= 8 ? end : -1;
    }

    private static int part(String text, int at, char first, int minLength) {
        if (at >= text.length() || text.charAt(at) != first) {
            return -1;
        }
        int end = Chars.runOf(text, at + 1, Chars::isAlnum);
        return end - (at + 1) >= minLength ? end : -1;
    }
}
