package io.github.readiness.rules.evidence.source;

import java.util.List;
import java.util.Set;

/**
 * Keys that code reads but that are not the application's configuration: the JVM's standard system properties, the
 * operating system's own environment variables and Spring's built-in random values. Nobody documents them in a
 * {@code .env.example}, so they are never recorded.
 */
final class StandardKeys {
    /**
     * JVM standard system properties by prefix: {@code java.*}, {@code javax.*}, {@code jdk.*}, {@code sun.*},
     * {@code user.*}, {@code os.*}, {@code file.*}, and the networking proxy settings {@code http.*}, {@code https.*},
     * {@code socksProxy*}; Spring's {@code random.*} values; and the POM's {@code project.*}, {@code pom.*},
     * {@code settings.*} values, which Maven resource filtering puts into {@code application.properties} at build time
     * ({@code app.version=${project.version}}).
     */
    static final List<String> STANDARD_PREFIXES = List.of(
            "java.",
            "javax.",
            "jdk.",
            "sun.",
            "user.",
            "os.",
            "file.",
            "http.",
            "https.",
            "socksProxy",
            "random.",
            "project.",
            "pom.",
            "settings.");

    /** JVM standard system properties by exact name. */
    static final Set<String> STANDARD_PROPERTIES =
            Set.of("line.separator", "path.separator", "native.encoding", "stdout.encoding", "stderr.encoding");

    /** Environment variables the operating system or the JDK installation sets, not the application's deployment. */
    static final Set<String> STANDARD_ENVIRONMENT = Set.of(
            "HOME",
            "PATH",
            "PWD",
            "SHELL",
            "USER",
            "USERNAME",
            "USERPROFILE",
            "LANG",
            "TMPDIR",
            "TEMP",
            "TMP",
            "HOSTNAME",
            "COMPUTERNAME",
            "JAVA_HOME");

    private StandardKeys() {}

    static boolean isStandard(String key) {
        if (STANDARD_PROPERTIES.contains(key) || STANDARD_ENVIRONMENT.contains(key)) {
            return true;
        }
        for (String prefix : STANDARD_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
