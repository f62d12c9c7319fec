package io.github.readiness.maven.evidence;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * One Surefire {@code test} or Failsafe {@code integration-test} execution of the effective POM, with its effective
 * configuration (the execution's over the plugin's, as Maven merges them when it runs the execution).
 */
record TestExecution(String plugin, String id, Xpp3Dom configuration) {
    static final String SUREFIRE = "maven-surefire-plugin";
    static final String FAILSAFE = "maven-failsafe-plugin";

    /** The project's test executions that run (phase not {@code none}), in build order. */
    static List<TestExecution> of(MavenProject project) {
        List<TestExecution> executions = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            String goal = plugin.getArtifactId().equals(SUREFIRE)
                    ? "test"
                    : plugin.getArtifactId().equals(FAILSAFE) ? "integration-test" : null;
            if (goal == null || !"org.apache.maven.plugins".equals(plugin.getGroupId())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains(goal) && !"none".equals(execution.getPhase())) {
                    executions.add(
                            new TestExecution(plugin.getArtifactId(), execution.getId(), merged(execution, plugin)));
                }
            }
        }
        return executions;
    }

    /** An execution's configuration over its plugin's, as Maven merges them when it runs the execution. */
    static Xpp3Dom merged(PluginExecution execution, Plugin plugin) {
        Xpp3Dom own = execution.getConfiguration() instanceof Xpp3Dom dom ? new Xpp3Dom(dom) : null;
        Xpp3Dom inherited = plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
        return own == null ? inherited : Xpp3Dom.mergeXpp3Dom(own, inherited);
    }

    static String text(Xpp3Dom configuration, String name) {
        Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
        return child == null || child.getValue() == null
                ? null
                : child.getValue().strip();
    }

    String value(String name) {
        return text(configuration, name);
    }

    /** The parameter set to true that skips this execution, or null when it runs. */
    String skippedBy() {
        List<String> parameters = plugin.equals(FAILSAFE)
                ? List.of("skip", "skipTests", "skipITs", "skipExec")
                : List.of("skip", "skipTests", "skipExec");
        return parameters.stream()
                .filter(p -> "true".equalsIgnoreCase(value(p)))
                .findFirst()
                .orElse(null);
    }
}
