package io.github.readiness.rules.evidence;

import java.nio.file.Path;

/**
 * An evidence file that cannot be read at all (corrupt, truncated, another tool's format). The message is
 * one line that names the file and says what to do; front ends show it without a stack trace.
 */
public class EvidenceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public EvidenceException(Path file, String problemAndFix, Throwable cause) {
        super(file + ": " + problemAndFix, cause);
        this.file = file;
    }

    public EvidenceException(Path file, String problemAndFix) {
        this(file, problemAndFix, null);
    }

    public Path file() {
        return file;
    }
}
