package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.rule.baseline.BaselineRatchetRule;
import io.github.readiness.rules.rule.build.DuplicateDependenciesRule;
import io.github.readiness.rules.rule.build.JavaReleaseRule;
import io.github.readiness.rules.rule.build.PluginVersionsRule;
import io.github.readiness.rules.rule.build.ReproducibleBuildRule;
import io.github.readiness.rules.rule.build.SnapshotDependenciesRule;
import io.github.readiness.rules.rule.build.SourceEncodingRule;
import io.github.readiness.rules.rule.build.VersionRangesRule;
import io.github.readiness.rules.rule.config.ConfigUndocumentedKeysRule;
import io.github.readiness.rules.rule.config.ConfigUnusedKeysRule;
import io.github.readiness.rules.rule.config.CredentialFallbackRule;
import io.github.readiness.rules.rule.coverage.BranchCoverageRule;
import io.github.readiness.rules.rule.coverage.CoverageEvidenceRule;
import io.github.readiness.rules.rule.coverage.LineCoverageRule;
import io.github.readiness.rules.rule.data.MigrationsRule;
import io.github.readiness.rules.rule.data.UnsafeMigrationsRule;
import io.github.readiness.rules.rule.dependencies.DependencyAuditRule;
import io.github.readiness.rules.rule.deployment.ContainerRule;
import io.github.readiness.rules.rule.deployment.GracefulShutdownRule;
import io.github.readiness.rules.rule.deployment.HealthRule;
import io.github.readiness.rules.rule.deployment.KubernetesRule;
import io.github.readiness.rules.rule.docs.ApiContractRule;
import io.github.readiness.rules.rule.docs.ChangelogRule;
import io.github.readiness.rules.rule.docs.CiConfigurationRule;
import io.github.readiness.rules.rule.docs.LicenseRule;
import io.github.readiness.rules.rule.docs.PomMetadataRule;
import io.github.readiness.rules.rule.docs.ReadmeRule;
import io.github.readiness.rules.rule.docs.SecurityPolicyRule;
import io.github.readiness.rules.rule.observability.ErrorHandlingRule;
import io.github.readiness.rules.rule.observability.LoggingRule;
import io.github.readiness.rules.rule.observability.MetricsRule;
import io.github.readiness.rules.rule.observability.TracingRule;
import io.github.readiness.rules.rule.performance.BenchmarkRegressionRule;
import io.github.readiness.rules.rule.performance.PerformanceBudgetsRule;
import io.github.readiness.rules.rule.performance.PerformanceEvidenceRule;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import io.github.readiness.rules.rule.policy.WaiversRule;
import io.github.readiness.rules.rule.quality.ScannerQualityRule;
import io.github.readiness.rules.rule.quality.StaticAnalysisRule;
import io.github.readiness.rules.rule.quality.TodoMarkersRule;
import io.github.readiness.rules.rule.security.ManagementExposureRule;
import io.github.readiness.rules.rule.security.ScannerSecurityRule;
import io.github.readiness.rules.rule.security.SecretsRule;
import io.github.readiness.rules.rule.security.SuppressionsRule;
import io.github.readiness.rules.rule.security.VulnerabilitiesRule;
import io.github.readiness.rules.rule.tests.TestEvidenceRule;
import io.github.readiness.rules.rule.tests.TestFailuresRule;
import io.github.readiness.rules.rule.tests.TestsExecutedRule;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The one explicit list of built-in rules (no classpath scanning): add a rule here, with its documentation page. An
 * organisation adds its own rules in a jar that lists them in {@code META-INF/services/io.github.readiness.rules.rule.Rule}
 * ({@link ServiceLoader}); {@link #available(ClassLoader)} returns both.
 */
public final class Rules {
    private Rules() {}

    /** A rule and where it came from (the jar file name), for the message when two rules share an id. */
    record Registered(Rule rule, String source) {}

    /**
     * The built-in rules, then those that jars on the class loader register, in the order the class path lists them.
     *
     * @throws RuleRegistrationException when two rules share an id: the message names both jars
     */
    public static List<Rule> available(ClassLoader classLoader) {
        List<Registered> all = new ArrayList<>();
        String builtIn = source(Rules.class) + " (built-in)";
        builtIn().forEach(rule -> all.add(new Registered(rule, builtIn)));
        ServiceLoader.load(Rule.class, classLoader).stream()
                .forEach(provider -> all.add(new Registered(provider.get(), source(provider.type()))));
        return distinct(all);
    }

    /** The rules, each id once; a second rule with a known id is an error naming both sources. */
    static List<Rule> distinct(List<Registered> rules) {
        Map<String, String> sources = new HashMap<>();
        List<Rule> result = new ArrayList<>();
        for (Registered registered : rules) {
            String id = registered.rule().metadata().id();
            String first = sources.putIfAbsent(id, registered.source());
            if (first != null) {
                throw new RuleRegistrationException("Rule id " + id + " is registered twice: by " + first + " and by "
                        + registered.source() + "; give one of them another id (or remove one jar from the"
                        + " plugin's <dependencies>)");
            }
            result.add(registered.rule());
        }
        return List.copyOf(result);
    }

    /** The file name of the jar (or directory) a class was loaded from. */
    private static String source(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return type.getName();
        }
        String path = code.getLocation().getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public static List<Rule> builtIn() {
        return List.of(
                new CoverageEvidenceRule(),
                new LineCoverageRule(),
                new BranchCoverageRule(),
                new TestEvidenceRule(),
                new TestsExecutedRule(),
                new TestFailuresRule(),
                new DependencyAuditRule(),
                new VulnerabilitiesRule(),
                new SuppressionsRule(),
                new ScannerSecurityRule(),
                new SecretsRule(),
                new ScannerQualityRule(),
                new StaticAnalysisRule(),
                new TodoMarkersRule(),
                new ReadmeRule(),
                new LicenseRule(),
                new SecurityPolicyRule(),
                new ChangelogRule(),
                new CiConfigurationRule(),
                new PomMetadataRule(),
                new ApiContractRule(),
                new SnapshotDependenciesRule(),
                new VersionRangesRule(),
                new PluginVersionsRule(),
                new SourceEncodingRule(),
                new JavaReleaseRule(),
                new ReproducibleBuildRule(),
                new DuplicateDependenciesRule(),
                new ConfigUndocumentedKeysRule(),
                new ConfigUnusedKeysRule(),
                new CredentialFallbackRule(),
                new ManagementExposureRule(),
                new HealthRule(),
                new GracefulShutdownRule(),
                new ContainerRule(),
                new KubernetesRule(),
                new MigrationsRule(),
                new UnsafeMigrationsRule(),
                new MetricsRule(),
                new LoggingRule(),
                new TracingRule(),
                new ErrorHandlingRule(),
                new PerformanceEvidenceRule(),
                new PerformanceBudgetsRule(),
                new BenchmarkRegressionRule(),
                new BaselineRatchetRule(),
                new WaiversRule(), // judges the waivers once every other rule ran (see ReadinessEngine)
                new ChecklistRule()); // judges the checklist against every other rule's findings
    }

    public static List<RuleMetadata> metadata(List<Rule> rules) {
        return rules.stream().map(Rule::metadata).toList();
    }
}
