package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.rule.hygiene.SnapshotDependenciesRule;
import io.github.readiness.rules.rule.hygiene.VersionRangesRule;
import io.github.readiness.rules.rule.hygiene.PluginVersionsRule;
import io.github.readiness.rules.rule.hygiene.SourceEncodingRule;
import io.github.readiness.rules.rule.hygiene.JavaReleaseRule;
import io.github.readiness.rules.rule.hygiene.ReproducibleBuildRule;
import io.github.readiness.rules.rule.hygiene.DuplicateDependenciesRule;
import io.github.readiness.rules.rule.hygiene.ChangelogRule;
import io.github.readiness.rules.rule.hygiene.CiConfigurationRule;
import io.github.readiness.rules.rule.hygiene.ConfigUndocumentedKeysRule;
import io.github.readiness.rules.rule.hygiene.ConfigUnusedKeysRule;
import io.github.readiness.rules.rule.hygiene.LicenseRule;
import io.github.readiness.rules.rule.hygiene.PomMetadataRule;
import io.github.readiness.rules.rule.hygiene.ReadmeRule;
import io.github.readiness.rules.rule.hygiene.SecretsRule;
import io.github.readiness.rules.rule.hygiene.SecurityPolicyRule;
import io.github.readiness.rules.rule.hygiene.TodoMarkersRule;
import io.github.readiness.rules.rule.quality.StaticAnalysisRule;
import io.github.readiness.rules.rule.security.DependencyAuditRule;
import io.github.readiness.rules.rule.security.ScannerQualityRule;
import io.github.readiness.rules.rule.security.ScannerSecurityRule;
import io.github.readiness.rules.rule.security.SuppressionsRule;
import io.github.readiness.rules.rule.security.VulnerabilitiesRule;
import java.util.List;

/** The one explicit list of rules (no classpath scanning): add a rule here, with its documentation page. */
public final class Rules {
    private Rules() {}

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
                new SnapshotDependenciesRule(),
                new VersionRangesRule(),
                new PluginVersionsRule(),
                new SourceEncodingRule(),
                new JavaReleaseRule(),
                new ReproducibleBuildRule(),
                new DuplicateDependenciesRule(),
                new ConfigUndocumentedKeysRule(),
                new ConfigUnusedKeysRule(),
                new BaselineRatchetRule(),
                new WaiversRule()); // judges the waivers once every other rule ran (see ReadinessEngine)
    }

    public static List<RuleMetadata> metadata(List<Rule> rules) {
        return rules.stream().map(Rule::metadata).toList();
    }
}
