package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.List;

/**
 * Finds TODO, FIXME, HACK and XXX markers in the comments of main source code ({@link SourceFile#isCode()}, test
 * files ignored): after {@code //}, inside {@code /* ... *}{@code /} (which may span lines: the state is kept per
 * file and reset when the file changes) and on {@code *} continuation lines. A marker counts only as a whole
 * upper-case word that starts the comment or is followed by {@code :} or {@code (} ({@code TODO:} and {@code TODO(ann)}
 * do; {@code TODOS}, {@code MyTODOList}, {@code @todo} and the word in prose, "the TODO markers", do not), and never
 * inside a string or character literal ({@code "XXX-XXX"}) or text block ({@code """}). A line
 * counts once, by its first marker: {@code // TODO remove this HACK} is one thing to do.
 */
final class TodoMarkerDetector implements SourceDetector {
    static final List<String> MARKERS = List.of("TODO", "FIXME", "HACK", "XXX");

    private static final String TEXT_BLOCK = "\"\"\"";

    private SourceFile current;
    private boolean inBlockComment;
    private boolean inTextBlock;

    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        if (!file.equals(current)) {
            current = file;
            inBlockComment = false;
            inTextBlock = false;
        }
        if (file.test() || !file.isCode() || unchangedWithoutMarker(text)) {
            return;
        }
        String marker = inBlockComment || inTextBlock || !text.strip().startsWith("*")
                ? scan(text)
                : firstMarker(text, 0, text.length()); // a continuation line whose block start was not seen
        if (marker != null) {
            found.marker(new TodoMarker(marker, new Location(file.display(), number)));
        }
    }

    /**
     * Whether the line holds no marker and cannot change the comment or text-block state, told by the JDK's string
     * search alone: most lines of most files, which then need no walk character by character (issue 18: the walk,
     * run cold once per build, was a fifth of the source scan). A line that fails the test is walked as before.
     */
    private boolean unchangedWithoutMarker(String text) {
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                return false;
            }
        }
        if (inBlockComment) {
            return !text.contains("*/");
        }
        if (inTextBlock) {
            return !text.contains(TEXT_BLOCK);
        }
        return !text.contains("/*") && !text.contains(TEXT_BLOCK);
    }

    /** Walks the line through code, literals and comments, updating the state; returns its first marker or null. */
    private String scan(String text) {
        String marker = null;
        int i = 0;
        while (i < text.length()) {
            if (inBlockComment) {
                int end = text.indexOf("*/", i);
                int commentEnd = end < 0 ? text.length() : end;
                marker = marker != null ? marker : firstMarker(text, i, commentEnd);
                inBlockComment = end < 0;
                i = end < 0 ? text.length() : end + 2;
            } else if (inTextBlock) {
                int end = text.indexOf(TEXT_BLOCK, i);
                inTextBlock = end < 0;
                i = end < 0 ? text.length() : end + TEXT_BLOCK.length();
            } else {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (c == '/' && next == '/') {
                    return marker != null ? marker : firstMarker(text, i + 2, text.length());
                } else if (c == '/' && next == '*') {
                    inBlockComment = true;
                    i += 2;
                } else if (text.startsWith(TEXT_BLOCK, i)) {
                    inTextBlock = true;
                    i += TEXT_BLOCK.length();
                } else if (c == '"' || c == '\'') {
                    i = literalEnd(text, i);
                } else {
                    i++;
                }
            }
        }
        return marker;
    }

    /** The index after the string or character literal opening at {@code quote} (the line end if it is open). */
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

    /**
     * The first marker in the comment text[from, to) that stands as a whole word and reads as a marker: the first
     * word of the comment ({@code // TODO remove}, {@code * FIXME}) or a word followed by {@code :} or {@code (}
     * ({@code // keep it simple, TODO: cache}). The word in prose ({@code checks the TODO markers}) is not a
     * marker: documentation that talks about markers would otherwise count itself.
     */
    static String firstMarker(String text, int from, int to) {
        boolean firstWord = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                firstWord &= isDecoration(c);
                continue;
            }
            for (String marker : MARKERS) {
                int end = i + marker.length();
                boolean wordEnds = end >= text.length() || !isWordChar(text.charAt(end));
                boolean marks = firstWord || (end < to && (text.charAt(end) == ':' || text.charAt(end) == '('));
                if (end <= to && text.startsWith(marker, i) && wordEnds && marks) {
                    return marker;
                }
            }
            firstWord = false;
        }
        return null;
    }

    /** What may come before the first word of a comment: blanks and comment decoration ({@code *}, {@code /}, -). */
    private static boolean isDecoration(char c) {
        return Character.isWhitespace(c) || c == '*' || c == '/' || c == '-' || c == '!' || c == '#';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
