package io.github.readiness.rules.rule.build;

import static io.github.readiness.rules.rule.build.BuildFixtures.evidence;
import static io.github.readiness.rules.rule.build.BuildFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What every build-release rule shares: its category, and N/A (never 100 or 0) without a READ build model. */
class BuildRulesTest {
    static Stream<Rule> rules() {
        return Stream.of(
                new SnapshotDependenciesRule(),
                new VersionRangesRule(),
                new PluginVersionsRule(),
                new SourceEncodingRule(),
                new JavaReleaseRule(),
                new ReproducibleBuildRule(),
                new DuplicateDependenciesRule());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void belongsToBuildAndRelease(Rule rule) {
        assertEquals(Category.BUILD_RELEASE, rule.metadata().category());
        assertTrue(rule.metadata().id().startsWith("build."), rule.metadata().id());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = EvidenceStatus.class, names = "READ", mode = EnumSource.Mode.EXCLUDE)
    void withoutABuildModelEveryRuleIsNotApplicable(EvidenceStatus status) {
        Collected<BuildModel> missing = Collected.missing(status, "why", List.of());

        rules().forEach(rule -> assertEquals(
                RuleOutcome.notApplicable(),
                run(rule, evidence(missing)),
                rule.metadata().id()));
    }
}
