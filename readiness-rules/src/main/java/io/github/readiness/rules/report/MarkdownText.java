package io.github.readiness.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for readiness.md as GitHub renders it and as a terminal shows it: POM snippets and {@code <placeholders>} in
 * code spans (raw {@code <}, never {@code &lt;}), a long snippet moved out of the sentence into a fenced block.
 */
final class MarkdownText {
    /** Snippets longer than this leave the sentence for a fenced block under it. */
    static final int INLINE_MAX = 60;

    /** A tag, then more tags with only word characters between them: {@code <a><b>1</b></a>}, {@code <notes>}. */
    private static final Pattern XML = Pattern.compile("<[/!?]?[A-Za-z0-9@{][^<>]*>(?:[^<>\\s]*<[^<>]+>)*");

    /** The sentence, and the snippets moved out of it (each one a fenced block's content). */
    record Prose(String text, List<String> blocks) {}

    private MarkdownText() {}

    /** One line of prose with every snippet in a code span, however long. */
    static String inline(String text) {
        return prose(text, Integer.MAX_VALUE).text();
    }

    /** For a table cell: {@link #inline}, pipes escaped. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Prose with short snippets in code spans and longer ones replaced by "the snippet below". */
    static Prose prose(String text, int inlineMax) {
        String flat = text.replace('\r', ' ').replace('\n', ' ');
        Matcher m = XML.matcher(flat);
        StringBuilder out = new StringBuilder();
        List<String> blocks = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.append(escape(flat.substring(last, m.start())));
            String snippet = m.group();
            if (snippet.length() > inlineMax) {
                blocks.add(snippet);
                out.append(blocks.size() == 1 ? "the snippet below" : "snippet " + blocks.size() + " below");
            } else {
                out.append(code(snippet));
            }
            last = m.end();
        }
        out.append(escape(flat.substring(last)));
        return new Prose(out.toString(), blocks);
    }

    /** A fenced XML block, one element per line, indented by {@code indent} (to stay inside a list item). */
    static void fenced(String snippet, String indent, StringBuilder md) {
        md.append(indent).append("```xml\n");
        for (String line : indented(snippet)) {
            md.append(indent).append(line).append('\n');
        }
        md.append(indent).append("```\n");
    }

    /** {@code <a><b>1</b></a>} as three lines, each nested element two spaces deeper; text stays with its tags. */
    static List<String> indented(String snippet) {
        List<String> tokens = new ArrayList<>();
        Matcher tag = Pattern.compile("<[^<>]+>|[^<>]+").matcher(snippet);
        while (tag.find()) {
            tokens.add(tag.group());
        }
        List<String> lines = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean open = token.startsWith("<")
                    && !token.startsWith("</")
                    && !token.endsWith("/>")
                    && !token.startsWith("<?")
                    && !token.startsWith("<!");
            if (open
                    && i + 2 < tokens.size()
                    && !tokens.get(i + 1).startsWith("<")
                    && tokens.get(i + 2).startsWith("</")) {
                lines.add("  ".repeat(depth) + token + tokens.get(i + 1) + tokens.get(i + 2)); // <a>text</a>
                i += 2;
            } else if (token.startsWith("</")) {
                depth = Math.max(0, depth - 1);
                lines.add("  ".repeat(depth) + token);
            } else {
                lines.add("  ".repeat(depth) + token.strip());
                depth += open ? 1 : 0;
            }
        }
        return lines;
    }

    /** A code span; a snippet holding a backtick gets a double-backtick fence, as CommonMark defines. */
    static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    /**
     * Markdown's escape character, and a {@code *} that could open emphasis (after a space or punctuation, as in
     * {@code TEST-*.xml}), taken literally; a masked key ({@code AKIA****}, stars after a letter) cannot open emphasis
     * and stays as a terminal shows it.
     */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens =
                    c == '*' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '*');
            out.append(c == '\\' || opens ? "\\" : "").append(c);
        }
        return out.toString();
    }
}
