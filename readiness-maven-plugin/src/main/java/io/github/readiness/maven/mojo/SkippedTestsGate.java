package io.github.readiness.maven.mojo;

import io.github.readiness.rules.policy.OnSkippedTests;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Whether a build that skipped its tests fails. Its verdict is never READY (its coverage and test evidence is not
 * this build's, a blocking finding), but failing the everyday {@code mvn install -DskipTests} on a developer's machine
 * only teaches people to pass {@code -Dreadiness.skip}. So: FAIL always fails, WARN logs and lets the build pass, AUTO
 * (the default) fails on a CI server and warns elsewhere.
 */
final class SkippedTestsGate {
    /** Environment variables CI servers set (value not empty and not {@code false}). */
    static final List<String> CI_VARIABLES = List.of(
            "CI",
            "CONTINUOUS_INTEGRATION",
            "JENKINS_URL",
            "TF_BUILD",
            "GITHUB_ACTIONS",
            "GITLAB_CI",
            "BUILDKITE",
            "CIRCLECI",
            "TRAVIS",
            "TEAMCITY_VERSION",
            "BITBUCKET_BUILD_NUMBER",
            "CODEBUILD_BUILD_ID",
            "DRONE",
            "APPVEYOR");

    private SkippedTestsGate() {}

    /** The POM's or command line's value; null when not set (then the policy's, AUTO by default, applies). */
    static OnSkippedTests parse(String text) throws MojoExecutionException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OnSkippedTests.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("readiness.onSkippedTests is '" + text + "': use FAIL, WARN or AUTO");
        }
    }

    /**
     * True when a NOT_READY verdict fails the build: always, unless the tests were skipped ({@code skippedBy} not
     * null) and the mode resolves to WARN; then the log says the build was not judged and why it passes.
     */
    static boolean enforces(OnSkippedTests mode, String skippedBy, Map<String, String> environment, Log log) {
        if (skippedBy == null) {
            return true;
        }
        String ci = ciVariable(environment);
        OnSkippedTests effective =
                mode == OnSkippedTests.AUTO ? (ci == null ? OnSkippedTests.WARN : OnSkippedTests.FAIL) : mode;
        if (effective == OnSkippedTests.FAIL) {
            if (mode == OnSkippedTests.AUTO) {
                log.info("This build skipped its tests (" + skippedBy + ") on a CI server (" + ci + " is set):"
                        + " onSkippedTests=AUTO fails it when it is NOT_READY");
            }
            return true;
        }
        log.warn("This build skipped its tests (" + skippedBy + "): it is not judged and its verdict is never READY,"
                + " but onSkippedTests=" + (mode == OnSkippedTests.AUTO ? "AUTO (not on a CI server)" : "WARN")
                + " does not fail it; run the tests for a verdict");
        return false;
    }

    /** The first CI variable set in the environment, or null on a developer's machine. */
    static String ciVariable(Map<String, String> environment) {
        for (String name : CI_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("false")) {
                return name;
            }
        }
        return null;
    }
}
