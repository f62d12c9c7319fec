package io.github.readiness.rules.baseline;

/**
 * A baseline file that cannot be used (malformed, truncated, another schemaVersion, a field missing). Never ignored:
 * a gate that silently dropped its baseline would stop ratcheting. The message is one line naming the file and the
 * fix; front ends show it without a stack trace.
 */
public class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * The parser's exception is kept as a suppressed exception, not as the cause: Maven appends every cause's
     * message to the error line, which would repeat the parser's wording after ours; {@code -e} still prints it.
     */
    public BaselineException(String message, Throwable parserError) {
        super(message);
        if (parserError != null) {
            addSuppressed(parserError);
        }
    }

    public BaselineException(String message) {
        this(message, null);
    }
}
