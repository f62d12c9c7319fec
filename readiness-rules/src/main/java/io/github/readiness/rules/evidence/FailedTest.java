package io.github.readiness.rules.evidence;

/**
 * One failing or erroring test case.
 *
 * @param kind FAILURE (an assertion failed) or ERROR (an unexpected exception)
 * @param report the report file it was read from, relative to the project base directory
 */
public record FailedTest(String className, String name, Kind kind, String type, String message, String report) {
    public enum Kind {
        FAILURE,
        ERROR
    }

    /** {@code com.acme.FooTest#bar}, the key waivers match. */
    public String id() {
        return className + "#" + name;
    }
}
