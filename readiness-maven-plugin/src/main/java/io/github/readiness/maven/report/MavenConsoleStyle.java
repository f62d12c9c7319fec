package io.github.readiness.maven.report;

import io.github.readiness.rules.report.ConsoleStyle;
import org.apache.maven.shared.utils.logging.MessageUtils;

/**
 * The summary's emphasis through Maven's own message builder: bold and colour where Maven colours its output (a
 * terminal), plain text in batch mode ({@code -B}) and in log files.
 */
public final class MavenConsoleStyle implements ConsoleStyle {
    public static final ConsoleStyle INSTANCE = new MavenConsoleStyle();

    private MavenConsoleStyle() {}

    @Override
    public String strong(String text) {
        return MessageUtils.buffer().strong(text).toString();
    }

    @Override
    public String success(String text) {
        return MessageUtils.buffer().success(text).toString();
    }

    @Override
    public String warning(String text) {
        return MessageUtils.buffer().warning(text).toString();
    }

    @Override
    public String failure(String text) {
        return MessageUtils.buffer().failure(text).toString();
    }
}
