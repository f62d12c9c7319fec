package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Line layout of the build log's summary: long messages wrapped at {@link #WIDTH} with a hanging indent, emphasis
 * added after wrapping so escape codes never count as width.
 */
public final class ConsoleText {
    /**
     * Characters of text per line: with Maven's level prefix ({@code [INFO] }, {@code [WARNING] }) a log line stays
     * within 120 characters.
     */
    public static final int WIDTH = 110;

    private ConsoleText() {}

    /**
     * {@code text} in lines of at most {@link #WIDTH} characters, broken at spaces; lines after the first start with
     * {@code indent}. A POM snippet longer than a line is broken between two tags; another word longer than a line (a
     * path, a URL) is left whole.
     */
    public static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        String rest = text.replace('\n', ' ').replace('\r', ' ');
        String prefix = "";
        while ((prefix + rest).length() > WIDTH) {
            int room = WIDTH - prefix.length();
            int cut = rest.lastIndexOf(' ', room);
            int tag = rest.lastIndexOf("><", room - 1);
            if (cut <= 0 || rest.substring(0, cut).isBlank()) {
                if (tag > 0) { // a POM snippet longer than a line: broken between two tags
                    lines.add(prefix + rest.substring(0, tag + 1));
                    rest = rest.substring(tag + 1);
                    prefix = indent;
                    continue;
                }
                cut = rest.indexOf(' ', room);
                if (cut < 0) {
                    break;
                }
            }
            lines.add(prefix + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut + 1).stripLeading();
            prefix = indent;
        }
        lines.add(prefix + rest);
        return lines;
    }

    /** The first {@code token} of the first line emphasised; the lines themselves were wrapped before. */
    static List<String> emphasise(List<String> lines, String token, UnaryOperator<String> style) {
        String first = lines.get(0);
        int at = first.indexOf(token);
        if (at < 0) {
            return lines;
        }
        List<String> styled = new ArrayList<>(lines);
        styled.set(0, first.substring(0, at) + style.apply(token) + first.substring(at + token.length()));
        return styled;
    }

    static UnaryOperator<String> verdict(Verdict verdict, ConsoleStyle style) {
        return switch (verdict) {
            case READY -> style::success;
            case CONDITIONAL -> style::warning;
            case NOT_READY -> style::failure;
        };
    }

    static UnaryOperator<String> severity(Severity severity, ConsoleStyle style) {
        return switch (severity) {
            case CRITICAL, HIGH -> style::failure;
            case MEDIUM -> style::warning;
            default -> UnaryOperator.identity();
        };
    }
}
