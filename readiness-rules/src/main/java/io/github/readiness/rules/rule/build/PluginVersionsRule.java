package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code build.plugin-versions}: every build plugin and extension should have a version the project declares (in
 * its POM or a parent's pluginManagement). A plugin the project names without a version is MEDIUM (5 min), at its
 * declaration: Maven takes the newest release or its super POM's default, and warns. Plugins the project never names
 * (the packaging's lifecycle plugins: clean, resources, compiler, surefire, jar, install, deploy, site) take Maven's
 * built-in versions, which change with the Maven version: ONE grouped LOW finding (key {@code tool-defaults}) lists
 * them with the versions Maven chose; 5 min per plugin. None of them blocks. Score: 100 x plugins with a declared
 * version / all plugins.
 */
public final class PluginVersionsRule extends AbstractRule<BuildModel> {
    static final int MINUTES_PER_PLUGIN = 5;
    static final String TOOL_DEFAULTS_KEY = "tool-defaults";

    private static final RuleMetadata METADATA = RuleMetadata.builder("build.plugin-versions", Category.BUILD_RELEASE)
            .title("Plugin versions pinned")
            .description(
                    "Every build plugin and extension has a version the project declares, including the lifecycle plugins"
                            + " Maven adds by default.")
            .remediation(
                    "Pin every plugin version in <pluginManagement> of the (parent) POM, including the lifecycle plugins"
                            + " (clean, resources, compiler, surefire, jar, install, deploy, site); the enforcer rule"
                            + " requirePluginVersions keeps it that way.")
            .effort(EffortModel.per(MINUTES_PER_PLUGIN, "per plugin"))
            .build();

    public PluginVersionsRule() {
        super(METADATA, ProjectEvidence::build);
    }

    @Override
    protected RuleOutcome judge(BuildModel model, RuleContext context) {
        if (model.plugins().isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        List<DeclaredArtifact> defaults = new ArrayList<>();
        int declared = 0;
        for (DeclaredArtifact plugin : model.plugins()) {
            if (plugin.versionKind() == VersionKind.MISSING) {
                findings.add(context.finding(Severity.MEDIUM, plugin.coordinates(), missing(plugin))
                        .at(plugin.location())
                        .effort(MINUTES_PER_PLUGIN)
                        .notBlocking());
            } else if (plugin.versionKind() == VersionKind.TOOL_DEFAULT) {
                defaults.add(plugin);
            } else {
                declared++; // a SNAPSHOT or a range is declared too: other rules judge those
            }
        }
        if (!defaults.isEmpty()) {
            findings.add(context.finding(Severity.LOW, TOOL_DEFAULTS_KEY, toolDefaults(defaults))
                    .measured((double) defaults.size())
                    .expected(0.0)
                    .effort(MINUTES_PER_PLUGIN * defaults.size())
                    .notBlocking());
        }
        return RuleOutcome.scored(100.0 * declared / model.plugins().size(), findings);
    }

    /** {@code plugin org.apache.maven.plugins:maven-shade-plugin has no version (pom.xml:11); Maven used 3.6.2}. */
    private static String missing(DeclaredArtifact plugin) {
        String chosen = plugin.version() == null
                ? "Maven picks one at each build"
                : "Maven used " + plugin.version() + ", which may change with Maven or the repository";
        return PomFacts.kind(plugin) + " " + plugin.coordinates() + " has no version in the POM"
                + PomFacts.at(plugin.location()) + "; " + chosen + "; expected a declared version";
    }

    /** {@code 7 plugins take their version from Maven's defaults, which change ...: maven-clean-plugin 2.5, ...}. */
    private static String toolDefaults(List<DeclaredArtifact> plugins) {
        List<String> shown = plugins.stream()
                .sorted(Comparator.comparing(PomFacts::shortName))
                .map(p -> PomFacts.shortName(p) + " " + p.version())
                .toList();
        String count = plugins.size() == 1 ? "1 plugin takes its" : plugins.size() + " plugins take their";
        return count + " version from Maven's defaults, which change with the Maven version: "
                + String.join(", ", shown);
    }
}
