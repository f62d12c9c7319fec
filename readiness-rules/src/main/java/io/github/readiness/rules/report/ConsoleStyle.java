package io.github.readiness.rules.report;

/**
 * Emphasis in the build log. The engine knows no terminal: a front end passes its own (the Maven plugin's wraps Maven's
 * message builder, which colours only where Maven's own output is coloured); {@link #PLAIN} adds nothing.
 */
public interface ConsoleStyle {
    /** No emphasis: the text as it is (tests, files, a batch log). */
    ConsoleStyle PLAIN = new ConsoleStyle() {};

    /** Headings and the project. */
    default String strong(String text) {
        return text;
    }

    /** READY. */
    default String success(String text) {
        return text;
    }

    /** CONDITIONAL, MEDIUM findings. */
    default String warning(String text) {
        return text;
    }

    /** NOT_READY, CRITICAL and HIGH findings. */
    default String failure(String text) {
        return text;
    }
}
