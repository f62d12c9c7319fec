package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.BuildSetting;
import java.util.List;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.PluginManagement;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** The build settings of the effective model: properties, and the compiler plugin's configuration. */
final class BuildSettings {
    static final String SOURCE_ENCODING = "project.build.sourceEncoding";
    static final String OUTPUT_TIMESTAMP = "project.build.outputTimestamp";
    static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";

    private final Model model;
    private final PomLocations locations;

    BuildSettings(Model model, PomLocations locations) {
        this.model = model;
        this.locations = locations;
    }

    /** A property of the effective model (inherited ones included), with the line that sets it. */
    BuildSetting property(String name) {
        String value = model.getProperties() == null
                ? null
                : PomLocations.blankToNull(model.getProperties().getProperty(name));
        if (value == null) {
            return BuildSetting.UNSET;
        }
        InputLocation properties = model.getLocation("properties");
        InputLocation line = properties == null ? null : properties.getLocation(name);
        return new BuildSetting(value, "property " + name, locations.first(line, properties));
    }

    /**
     * The Java level the compiler targets. The compiler plugin's own {@code <release>} wins over the
     * {@code maven.compiler.release} property (a plugin parameter set in the POM beats its property, as Maven
     * configures mojos), then the same for {@code target}, then {@code source}. Where neither sets it, the
     * configuration of each bound {@code compile} execution is read (projects such as jsoup set release, source and
     * target per execution only, to build a multi-release jar): the first execution that declares a level gives it.
     */
    BuildSetting javaLevel() {
        for (String parameter : new String[] {"release", "target", "source"}) {
            BuildSetting configured = compilerParameter(parameter);
            if (configured.isSet()) {
                return configured;
            }
            BuildSetting property = property("maven.compiler." + parameter);
            if (property.isSet()) {
                return property;
            }
        }
        return executionLevel();
    }

    /**
     * The level declared in the effective configuration of a compile execution of maven-compiler-plugin that runs
     * (its phase is not {@code none}); release beats target beats source within an execution.
     */
    private BuildSetting executionLevel() {
        Plugin compiler = compilerPlugin();
        if (compiler == null) {
            return BuildSetting.UNSET;
        }
        for (PluginExecution execution : compiler.getExecutions()) {
            boolean compiles = execution.getGoals().contains("compile") || "default-compile".equals(execution.getId());
            if (!compiles
                    || "none".equals(execution.getPhase())
                    || !(execution.getConfiguration() instanceof Xpp3Dom configuration)) {
                continue;
            }
            for (String parameter : new String[] {"release", "target", "source"}) {
                Xpp3Dom child = configuration.getChild(parameter);
                String value = child == null ? null : PomLocations.blankToNull(child.getValue());
                if (value != null) {
                    InputLocation line = child.getInputLocation() instanceof InputLocation at ? at : null;
                    return new BuildSetting(
                            value,
                            "maven-compiler-plugin execution " + execution.getId() + " <" + parameter + ">",
                            locations.first(line, execution.getLocation("configuration")));
                }
            }
        }
        return BuildSetting.UNSET;
    }

    /** {@code <parameter>} of maven-compiler-plugin's plugin-wide configuration (build plugins, else management). */
    private BuildSetting compilerParameter(String parameter) {
        Plugin compiler = compilerPlugin();
        if (compiler == null || !(compiler.getConfiguration() instanceof Xpp3Dom configuration)) {
            return BuildSetting.UNSET;
        }
        Xpp3Dom child = configuration.getChild(parameter);
        String value = child == null ? null : PomLocations.blankToNull(child.getValue());
        if (value == null) {
            return BuildSetting.UNSET;
        }
        InputLocation line = child.getInputLocation() instanceof InputLocation at ? at : null;
        return new BuildSetting(
                value,
                "maven-compiler-plugin <" + parameter + ">",
                locations.first(line, compiler.getLocation("configuration")));
    }

    private Plugin compilerPlugin() {
        if (model.getBuild() == null) {
            return null;
        }
        Plugin plugin = find(model.getBuild().getPlugins());
        PluginManagement management = model.getBuild().getPluginManagement();
        return plugin == null && management != null ? find(management.getPlugins()) : plugin;
    }

    /** maven-compiler-plugin, by key (groupId defaults to org.apache.maven.plugins). */
    private static Plugin find(List<Plugin> plugins) {
        return plugins.stream()
                .filter(p -> COMPILER_PLUGIN.equals(p.getKey()))
                .findFirst()
                .orElse(null);
    }
}
