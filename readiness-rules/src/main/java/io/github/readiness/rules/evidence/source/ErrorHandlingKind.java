package io.github.readiness.rules.evidence.source;

/** The error-handling smells the source scan counts in main Java sources. */
public enum ErrorHandlingKind {
    /** {@code catch (...) {}} with nothing in it, not even a comment saying why. */
    EMPTY_CATCH("empty catch block"),
    /**
     * {@code catch (Exception e)}, {@code Throwable} or {@code RuntimeException} whose block neither logs nor rethrows:
     * it holds no call and no {@code throw} ({@code return null;}, {@code ok = false;}, {@code continue;}).
     */
    SWALLOWED_EXCEPTION("catch of Exception/Throwable that neither logs nor rethrows"),
    /** {@code e.printStackTrace()}: to standard error, outside the logging configuration. */
    PRINT_STACK_TRACE("printStackTrace() call"),
    /** {@code System.out.println(...)}, {@code System.err.printf(...)}: output the logging configuration never sees. */
    CONSOLE_OUTPUT("System.out/System.err printing");

    private final String description;

    ErrorHandlingKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
