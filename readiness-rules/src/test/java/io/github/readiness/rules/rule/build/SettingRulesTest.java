package io.github.readiness.rules.rule.build;

import static io.github.readiness.rules.rule.build.BuildFixtures.SET;
import static io.github.readiness.rules.rule.build.BuildFixtures.model;
import static io.github.readiness.rules.rule.build.BuildFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** build.source-encoding, build.java-release, build.reproducible: 100 set, 0 and one finding unset. */
class SettingRulesTest {
    private static final BuildSetting BLANK = new BuildSetting("  ", "property x", new Location("pom.xml", 9));

    enum Setting {
        ENCODING,
        JAVA,
        TIMESTAMP
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(
                        new SourceEncodingRule(),
                        Setting.ENCODING,
                        Severity.LOW,
                        5,
                        "project.build.sourceEncoding",
                        "project.build.sourceEncoding is not set: sources are read in"
                                + " the platform encoding, which differs between machines; expected e.g. UTF-8",
                        false),
                Arguments.of(
                        new JavaReleaseRule(),
                        Setting.JAVA,
                        Severity.MEDIUM,
                        10,
                        "maven.compiler.release",
                        "no Java level is declared (maven.compiler.release, or the compiler plugin's release, source"
                                + " or target): the compiler plugin's default applies, which changes with its"
                                + " version; expected maven.compiler.release",
                        false),
                Arguments.of(
                        new ReproducibleBuildRule(),
                        Setting.TIMESTAMP,
                        Severity.LOW,
                        5,
                        "project.build.outputTimestamp",
                        "project.build.outputTimestamp is not set: the archives"
                                + " record the build time, so two builds of the same commit differ; expected a fixed"
                                + " timestamp",
                        true));
    }

    private static BuildModel with(Setting unset, BuildSetting value, String packaging) {
        return model(
                "1.0.0",
                true,
                packaging,
                List.of(),
                List.of(),
                List.of(),
                unset == Setting.ENCODING ? value : SET,
                unset == Setting.JAVA ? value : SET,
                unset == Setting.TIMESTAMP ? value : SET);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rules")
    void setIsFullScoreWithoutFinding(Rule rule, Setting setting) {
        assertEquals(RuleOutcome.scored(100, List.of()), run(rule, with(setting, SET, "jar")));
    }

    /** Whatever else is unset is another rule's business. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("rules")
    void otherSettingsDoNotMatter(Rule rule, Setting setting) {
        BuildModel onlyThisSet = model(
                "1.0.0",
                true,
                "jar",
                List.of(),
                List.of(),
                List.of(),
                setting == Setting.ENCODING ? SET : BuildSetting.UNSET,
                setting == Setting.JAVA ? SET : BuildSetting.UNSET,
                setting == Setting.TIMESTAMP ? SET : BuildSetting.UNSET);

        assertEquals(RuleOutcome.scored(100, List.of()), run(rule, onlyThisSet));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rules")
    void unsetOrBlankIsOneFindingAtThePom(
            Rule rule, Setting setting, Severity severity, int effort, String key, String message) {
        for (BuildSetting unset : List.of(BuildSetting.UNSET, BLANK)) {
            RuleOutcome outcome = run(rule, with(setting, unset, "jar"));

            assertEquals(0.0, outcome.score());
            Finding finding = outcome.findings().get(0);
            assertEquals(1, outcome.findings().size());
            assertEquals(severity, finding.severity());
            assertFalse(finding.blocking());
            assertEquals(key, finding.key());
            assertEquals(message, finding.message());
            assertEquals(Location.of("pom.xml"), finding.location());
            assertEquals(effort, finding.effortMinutes());
            assertEquals(rule.metadata().remediation(), finding.remediation());
        }
    }

    /** A pom-packaged module compiles nothing: encoding and Java level do not apply; reproducibility does. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("rules")
    void pomPackaging(
            Rule rule, Setting setting, Severity severity, int effort, String key, String message, boolean judgesPom) {
        RuleOutcome outcome = run(rule, with(setting, BuildSetting.UNSET, "pom"));

        assertEquals(judgesPom ? 1 : 0, outcome.findings().size());
        assertEquals(judgesPom ? 0.0 : null, outcome.score());
    }

    @Test
    void theJavaReleaseRemediationRecommendsTheReleaseProperty() {
        assertTrue(new JavaReleaseRule().metadata().remediation().contains("<maven.compiler.release>"));
    }
}
