package io.github.readiness.rules.rule.build;

import static io.github.readiness.rules.rule.build.BuildFixtures.artifact;
import static io.github.readiness.rules.rule.build.BuildFixtures.clean;
import static io.github.readiness.rules.rule.build.BuildFixtures.dependency;
import static io.github.readiness.rules.rule.build.BuildFixtures.mavenDefault;
import static io.github.readiness.rules.rule.build.BuildFixtures.plugin;
import static io.github.readiness.rules.rule.build.BuildFixtures.run;
import static io.github.readiness.rules.rule.build.BuildFixtures.withDependencies;
import static io.github.readiness.rules.rule.build.BuildFixtures.withPlugins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PluginVersionsRuleTest {
    private static final DeclaredArtifact COMPILER =
            plugin("org.apache.maven.plugins:maven-compiler-plugin", "3.16.0", VersionKind.FIXED, 14);
    private static final DeclaredArtifact SHADE =
            plugin("org.apache.maven.plugins:maven-shade-plugin", null, VersionKind.MISSING, 11);

    private final PluginVersionsRule rule = new PluginVersionsRule();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(
                        "every plugin declared, whatever its kind of version",
                        withPlugins(
                                clean(),
                                COMPILER,
                                plugin("com.acme:snap-plugin", "1.0-SNAPSHOT", VersionKind.SNAPSHOT, 20),
                                plugin("com.acme:ranged-plugin", "[1.0,)", VersionKind.RANGE, 21)),
                        List.of(),
                        100.0),
                Arguments.of(
                        "declared without a version: version unknown, or the one Maven used",
                        withPlugins(
                                clean(),
                                COMPILER,
                                SHADE,
                                artifact(Kind.EXTENSION, "com.acme:wagon", "1.2", VersionKind.MISSING, 0)),
                        List.of(
                                "plugin org.apache.maven.plugins:maven-shade-plugin has no version in the POM"
                                        + " (pom.xml:11); Maven picks one at each build; expected a declared version",
                                "extension com.acme:wagon has no version in the POM; Maven used 1.2, which may change"
                                        + " with Maven or the repository; expected a declared version"),
                        100.0 / 3),
                Arguments.of(
                        "Maven's defaults: one grouped finding, sorted by name",
                        withPlugins(
                                clean(),
                                mavenDefault("maven-surefire-plugin", "2.12.4"),
                                COMPILER,
                                mavenDefault("maven-clean-plugin", "2.5"),
                                new DeclaredArtifact(
                                        Kind.PLUGIN,
                                        "org.codehaus.mojo",
                                        "build-helper-maven-plugin",
                                        "3.0",
                                        VersionKind.TOOL_DEFAULT,
                                        null)),
                        List.of("3 plugins take their version from Maven's defaults, which change with the Maven"
                                + " version: maven-clean-plugin 2.5, maven-surefire-plugin 2.12.4,"
                                + " org.codehaus.mojo:build-helper-maven-plugin 3.0"),
                        25.0),
                Arguments.of(
                        "one default",
                        withPlugins(clean(), COMPILER, mavenDefault("maven-site-plugin", "3.3")),
                        List.of("1 plugin takes its version from Maven's defaults, which change with the Maven version:"
                                + " maven-site-plugin 3.3"),
                        50.0),
                Arguments.of(
                        "dependencies are not plugins",
                        withPlugins(
                                withDependencies(clean(), dependency("com.acme:lib", null, VersionKind.MISSING, 30)),
                                COMPILER),
                        List.of(),
                        100.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void judgesEveryPluginVersion(String name, BuildModel model, List<String> messages, double score) {
        RuleOutcome outcome = run(rule, model);

        assertEquals(messages, outcome.findings().stream().map(Finding::message).toList());
        assertEquals(score, outcome.score(), 1e-9);
    }

    @Test
    void aMissingVersionIsMediumAtTheDeclaration() {
        Finding finding = run(rule, withPlugins(clean(), SHADE)).findings().get(0);

        assertEquals(Severity.MEDIUM, finding.severity());
        assertFalse(finding.blocking());
        assertEquals("org.apache.maven.plugins:maven-shade-plugin", finding.key());
        assertEquals(new Location("pom.xml", 11), finding.location());
        assertEquals(5, finding.effortMinutes());
    }

    @Test
    void mavensDefaultsAreOneLowFindingCostingFiveMinutesEach() {
        Finding finding = run(
                        rule,
                        withPlugins(
                                clean(),
                                mavenDefault("maven-clean-plugin", "2.5"),
                                mavenDefault("maven-install-plugin", "2.4"),
                                mavenDefault("maven-deploy-plugin", "2.7")))
                .findings()
                .get(0);

        assertEquals(Severity.LOW, finding.severity());
        assertFalse(finding.blocking());
        assertEquals("tool-defaults", finding.key());
        assertNull(finding.location());
        assertEquals(3.0, finding.measured());
        assertEquals(0.0, finding.expected());
        assertEquals(15, finding.effortMinutes());
    }

    @Test
    void noPluginsIsNothingToMeasure() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, clean()));
    }
}
