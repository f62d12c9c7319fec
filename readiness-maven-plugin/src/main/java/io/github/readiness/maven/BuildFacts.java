package io.github.readiness.maven;

import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** Facts about this build that decide whether evidence on disk can be this build's own. */
final class BuildFacts {
    /** Properties with which Surefire/Failsafe skip the tests, in the order they are reported. */
    static final List<String> TEST_SKIP_PROPERTIES = List.of("maven.test.skip", "skipTests");

    private BuildFacts() {}

    /**
     * The property that made this build skip its tests ({@code -DskipTests}, {@code -Dmaven.test.skip}, or the
     * same set in the POM), or null when tests ran. Reports found on disk then come from an earlier run.
     */
    static String testsSkippedBy(MavenSession session, MavenProject project) {
        for (String property : TEST_SKIP_PROPERTIES) {
            if (isTrue(session.getUserProperties(), property)
                    || isTrue(session.getSystemProperties(), property)
                    || isTrue(project.getProperties(), property)) {
                return property;
            }
        }
        return null;
    }

    private static boolean isTrue(Properties properties, String name) {
        String value = properties == null ? null : properties.getProperty(name);
        // "-DskipTests" alone sets "true"; Surefire reads anything else as false
        return value != null && Boolean.parseBoolean(value.strip());
    }
}
