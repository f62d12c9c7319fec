package io.github.readiness.maven.evaluation;

import java.util.Objects;
import java.util.Properties;

/**
 * Where a policy parameter's value came from, for its error message: the command line ({@code -Dreadiness.x=...}) or
 * the POM. A parameter's user property only fills it when the POM's {@code <configuration>} does not set it, so a
 * value equal to the user property came from the command line; any other value came from the POM.
 */
@FunctionalInterface
public interface ParameterOrigin {
    /** Every value from the POM (tests, and callers that know no session). */
    ParameterOrigin POM = (property, value) -> "in the POM";

    /**
     * "on the command line (-Dreadiness.minLineCoverage=1.5)" or "in the POM".
     *
     * @param property the parameter's user property ({@code readiness.minLineCoverage}), null when it has none
     * @param value the parameter's value as the mojo received it
     */
    String describe(String property, Object value);

    /** The origins as the session's user properties ({@code -D} on the command line, MAVEN_OPTS aside) tell them. */
    static ParameterOrigin of(Properties userProperties) {
        return (property, value) -> property != null
                        && userProperties.getProperty(property) != null
                        && Objects.equals(userProperties.getProperty(property), String.valueOf(value))
                ? "on the command line (-D" + property + "=" + value + ")"
                : "in the POM";
    }
}
