package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.BuildProvenance.AgentDrop;
import io.github.readiness.rules.evidence.BuildProvenance.TestSkip;
import io.github.readiness.rules.evidence.PathDisplay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Facts about this build that decide whether evidence on disk can be this build's own, gathered once into a
 * {@link BuildProvenance}: when the session started, whether it runs the test phase, what skipped the tests (the
 * properties, or the effective configuration of the project's Surefire and Failsafe executions), and whether a test
 * plugin's {@code argLine} leaves JaCoCo's agent out. Reads only the effective POM Maven built (its plugin
 * configuration is already interpolated with the build's properties).
 */
public final class BuildFacts {
    /** Properties with which Surefire/Failsafe skip the tests, in the order they are reported. */
    static final List<String> TEST_SKIP_PROPERTIES = List.of("maven.test.skip", "skipTests");

    /** The default lifecycle's phases that include {@code test}: a build asked for one of them runs the tests. */
    private static final List<String> PHASES_WITH_TESTS = List.of(
            "test",
            "prepare-package",
            "package",
            "pre-integration-test",
            "integration-test",
            "post-integration-test",
            "verify",
            "install",
            "deploy");

    private static final List<String> SOURCE_SUFFIXES = List.of(".java", ".kt", ".groovy", ".scala");

    private BuildFacts() {}

    /** Everything the collectors need to tell this build's evidence from an earlier run's. */
    static BuildProvenance provenance(MavenSession session, MavenProject project) {
        return new BuildProvenance(
                session.getStartTime() == null ? null : session.getStartTime().toInstant(),
                runsTests(session),
                testSkip(session, project),
                agentDrop(project),
                mainSources(project));
    }

    /** What made this build skip its tests, as the stamp records it, or null when they ran. */
    public static String testsSkippedBy(MavenSession session, MavenProject project) {
        TestSkip skip = testSkip(session, project);
        return skip == null ? null : skip.reason();
    }

    /**
     * Why this build did not run the module's tests, or null when it did or there are none to run. A module without
     * test sources skips nothing (a docs module that sets {@code maven.test.skip} has nothing to test). Otherwise the
     * properties ({@code -DskipTests}, {@code -Dmaven.test.skip}, or the same in the POM), then the effective
     * configuration: skipped when every Surefire {@code test} and Failsafe {@code integration-test} execution is
     * configured to skip (a skipped Surefire next to a running Failsafe is a project that runs its tests there).
     */
    static TestSkip testSkip(MavenSession session, MavenProject project) {
        if (!hasTestSources(project)) {
            return null;
        }
        for (String property : TEST_SKIP_PROPERTIES) {
            if (isTrue(session.getUserProperties(), property)
                    || isTrue(session.getSystemProperties(), property)
                    || isTrue(project.getProperties(), property)) {
                return TestSkip.property(property);
            }
        }
        TestSkip first = null;
        for (TestExecution execution : TestExecution.of(project)) {
            String parameter = execution.skippedBy();
            if (parameter == null) {
                return null; // this execution runs tests
            }
            if (first == null) {
                first = new TestSkip(
                        execution.plugin() + "'s <" + parameter + ">true</" + parameter + "> in execution "
                                + execution.id(),
                        "remove <" + parameter + "> from " + execution.plugin()
                                + "'s configuration in the POM (or set it to false) so the tests run");
            }
        }
        return first;
    }

    /** True when the build was asked for a lifecycle phase that runs the tests ({@code mvn verify}). */
    static boolean runsTests(MavenSession session) {
        return session.getGoals() != null && session.getGoals().stream().anyMatch(PHASES_WITH_TESTS::contains);
    }

    /**
     * The first Surefire/Failsafe execution that runs tests with an {@code argLine} referencing neither the property
     * JaCoCo's prepare-agent sets nor {@code -javaagent}, while prepare-agent is bound; null otherwise. Failsafe is
     * judged against prepare-agent-integration's property when that goal is bound.
     */
    static AgentDrop agentDrop(MavenProject project) {
        String unitProperty = agentProperty(project, "prepare-agent");
        if (unitProperty == null || !hasTestSources(project)) {
            return null;
        }
        String integrationProperty = agentProperty(project, "prepare-agent-integration");
        for (TestExecution execution : TestExecution.of(project)) {
            String property = execution.plugin().equals(TestExecution.FAILSAFE) && integrationProperty != null
                    ? integrationProperty
                    : unitProperty;
            String argLine = execution.value("argLine");
            if (execution.skippedBy() == null
                    && argLine != null
                    && !argLine.contains("@{" + property + "}")
                    && !argLine.contains("${" + property + "}")
                    && !argLine.contains("-javaagent")) {
                return new AgentDrop(execution.plugin(), argLine.strip(), property);
            }
        }
        return null;
    }

    /** The property a bound JaCoCo goal sets ({@code argLine} unless configured), or null when it is not bound. */
    private static String agentProperty(MavenProject project, String goal) {
        Plugin jacoco = project.getPlugin("org.jacoco:jacoco-maven-plugin");
        if (jacoco == null) {
            return null;
        }
        for (PluginExecution execution : jacoco.getExecutions()) {
            if (execution.getGoals().contains(goal)) {
                Xpp3Dom configuration = TestExecution.merged(execution, jacoco);
                if ("true".equals(TestExecution.text(configuration, "skip"))) {
                    continue;
                }
                String property = TestExecution.text(configuration, "propertyName");
                return property == null || property.isBlank() ? "argLine" : property.strip();
            }
        }
        return null;
    }

    /** Where the module's main sources are (the first compile source root with a source file), or null. */
    static String mainSources(MavenProject project) {
        for (String root : project.getCompileSourceRoots()) {
            if (hasSourceFile(Path.of(root))) {
                return PathDisplay.relative(project.getBasedir().toPath(), Path.of(root));
            }
        }
        return null;
    }

    private static boolean hasTestSources(MavenProject project) {
        return project.getTestCompileSourceRoots().stream().anyMatch(root -> hasSourceFile(Path.of(root)));
    }

    /** A source file that compiles to a class ({@code package-info.java} alone yields none). */
    private static boolean hasSourceFile(Path root) {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(file -> {
                String name = file.getFileName().toString();
                return !name.equals("package-info.java")
                        && SOURCE_SUFFIXES.stream().anyMatch(name::endsWith)
                        && Files.isRegularFile(file);
            });
        } catch (IOException | UncheckedIOException e) {
            return true; // unreadable: assume sources, so missing evidence is reported rather than excused
        }
    }

    private static boolean isTrue(Properties properties, String name) {
        String value = properties == null ? null : properties.getProperty(name);
        // "-DskipTests" alone sets "true"; Surefire reads anything else as false
        return value != null && Boolean.parseBoolean(value.strip());
    }
}
