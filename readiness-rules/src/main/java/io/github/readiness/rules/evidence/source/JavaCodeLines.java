package io.github.readiness.rules.evidence.source;

/**
 * The code of Java source lines without comments, and with the content of string and character literals and text
 * blocks blanked (their quotes stay), each comment replaced by one {@link #COMMENT} character, so that a judge looking for {@code catch}, braces or calls is never fooled by a
 * comment or a literal. Keeps the block-comment and text-block state across the lines of one file; {@link #reset()}
 * when the file changes. Linear in the line length.
 */
final class JavaCodeLines {
    /** Stands where a comment was: a judge can tell a commented empty block from an empty one. */
    static final char COMMENT = '\u0001';

    private static final String TEXT_BLOCK = "\"\"\"";

    private boolean inBlockComment;
    private boolean inTextBlock;

    void reset() {
        inBlockComment = false;
        inTextBlock = false;
    }

    /** The line's code: comments removed, literal contents replaced by blanks. */
    String code(String text) {
        // the lines the walk below would return unchanged or reduce to one comment, told by the JDK's string search:
        // Javadoc and plain code lines, most of a file, need no walk character by character (issue 18)
        if (inBlockComment && !text.contains("*/")) {
            return String.valueOf(COMMENT);
        }
        if (inTextBlock && !text.contains(TEXT_BLOCK)) {
            return "";
        }
        if (!inBlockComment
                && !inTextBlock
                && text.indexOf('/') < 0
                && text.indexOf('"') < 0
                && text.indexOf('\'') < 0) {
            return text;
        }
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (inBlockComment) {
                int end = text.indexOf("*/", i);
                inBlockComment = end < 0;
                i = end < 0 ? text.length() : end + 2;
                code.append(COMMENT);
            } else if (inTextBlock) {
                int end = text.indexOf(TEXT_BLOCK, i);
                inTextBlock = end < 0;
                i = end < 0 ? text.length() : end + TEXT_BLOCK.length();
                code.append(end < 0 ? "" : TEXT_BLOCK);
            } else {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (c == '/' && next == '/') {
                    code.append(COMMENT);
                    break;
                } else if (c == '/' && next == '*') {
                    inBlockComment = true;
                    i += 2;
                } else if (text.startsWith(TEXT_BLOCK, i)) {
                    inTextBlock = true;
                    code.append(TEXT_BLOCK);
                    i += TEXT_BLOCK.length();
                } else if (c == '"' || c == '\'') {
                    int end = literalEnd(text, i);
                    code.append(c).append(" ".repeat(Math.max(0, end - i - 2)));
                    if (end - i >= 2) {
                        code.append(c);
                    }
                    i = end;
                } else {
                    code.append(c);
                    i++;
                }
            }
        }
        return code.toString();
    }

    /** The index after the literal opening at {@code quote} (the line end when it is not closed). */
    private static int literalEnd(String text, int quote) {
        char delimiter = text.charAt(quote);
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == delimiter) {
                return i + 1;
            }
        }
        return text.length();
    }
}
