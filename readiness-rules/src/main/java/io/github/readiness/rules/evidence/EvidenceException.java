package io.github.readiness.rules.evidence;

import java.nio.file.Path;

/**
 * An evidence file that cannot be read at all (corrupt, truncated, another tool's format). The message is
 * one line that names the file and says what to do; front ends show it without a stack trace.
 */
public class EvidenceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * The parser's exception is kept as a suppressed exception, not as the cause: Maven appends every cause's
     * message to the error line, which would repeat the parser's wording after ours; {@code -e} still prints it.
     */
    public EvidenceException(Path file, String problemAndFix, Throwable cause) {
        super(file + ": " + problemAndFix);
        this.file = file;
        if (cause != null) {
            addSuppressed(cause);
        }
    }

    public EvidenceException(Path file, String problemAndFix) {
        this(file, problemAndFix, null);
    }

    public Path file() {
        return file;
    }
}
