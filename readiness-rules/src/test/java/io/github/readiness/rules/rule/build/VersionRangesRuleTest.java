package io.github.readiness.rules.rule.build;

import static io.github.readiness.rules.rule.build.BuildFixtures.artifact;
import static io.github.readiness.rules.rule.build.BuildFixtures.clean;
import static io.github.readiness.rules.rule.build.BuildFixtures.dependency;
import static io.github.readiness.rules.rule.build.BuildFixtures.mavenDefault;
import static io.github.readiness.rules.rule.build.BuildFixtures.plugin;
import static io.github.readiness.rules.rule.build.BuildFixtures.run;
import static io.github.readiness.rules.rule.build.BuildFixtures.snapshotProject;
import static io.github.readiness.rules.rule.build.BuildFixtures.withDependencies;
import static io.github.readiness.rules.rule.build.BuildFixtures.withPlugins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.readiness.rules.evidence.build.BuildModel;
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

class VersionRangesRuleTest {
    private static final String NEWEST =
            ", which resolves to whatever is newest at build time; expected one pinned" + " version";

    private final VersionRangesRule rule = new VersionRangesRule();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(
                        "fixed, snapshot, missing and Maven's defaults pin a version",
                        withPlugins(
                                withDependencies(
                                        clean(),
                                        dependency("com.acme:a", "1.0", VersionKind.FIXED, 10),
                                        dependency("com.acme:b", "1.0-SNAPSHOT", VersionKind.SNAPSHOT, 11)),
                                plugin("org.apache.maven.plugins:maven-shade-plugin", null, VersionKind.MISSING, 20),
                                mavenDefault("maven-clean-plugin", "2.5")),
                        List.of(),
                        100.0),
                Arguments.of(
                        "a range and a meta-version",
                        withDependencies(
                                clean(),
                                dependency("com.acme:ranged", "[1.0,2.0)", VersionKind.RANGE, 12),
                                dependency("com.acme:newest", "LATEST", VersionKind.META, 16)),
                        List.of(
                                "dependency com.acme:ranged uses the version range [1.0,2.0) (pom.xml:12)" + NEWEST,
                                "dependency com.acme:newest uses the meta-version LATEST (pom.xml:16)" + NEWEST),
                        100 * 0.75 * 0.75),
                Arguments.of(
                        "plugins and extensions too, location unknown",
                        withPlugins(
                                clean(),
                                plugin("com.acme:acme-maven-plugin", "[1.0,)", VersionKind.RANGE, 40),
                                artifact(Kind.EXTENSION, "com.acme:wagon", "RELEASE", VersionKind.META, 0)),
                        List.of(
                                "plugin com.acme:acme-maven-plugin uses the version range [1.0,) (pom.xml:40)" + NEWEST,
                                "extension com.acme:wagon uses the meta-version RELEASE" + NEWEST),
                        100 * 0.75 * 0.75),
                Arguments.of(
                        "the jar and test-jar of one artifact are one finding",
                        withDependencies(
                                clean(),
                                dependency("com.acme:ranged", "[1.0,2.0)", VersionKind.RANGE, 12),
                                dependency("com.acme:ranged", "[1.0,2.0)", VersionKind.RANGE, 17)),
                        List.of("dependency com.acme:ranged uses the version range [1.0,2.0) (pom.xml:12)" + NEWEST),
                        75.0),
                Arguments.of(
                        "a SNAPSHOT project is judged too",
                        snapshotProject(withDependencies(
                                clean(), dependency("com.acme:ranged", "[1.0,2.0)", VersionKind.RANGE, 12))),
                        List.of("dependency com.acme:ranged uses the version range [1.0,2.0) (pom.xml:12)" + NEWEST),
                        75.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void findsEachRangeAndMetaVersion(String name, BuildModel model, List<String> messages, double score) {
        RuleOutcome outcome = run(rule, model);

        assertEquals(messages, outcome.findings().stream().map(Finding::message).toList());
        assertEquals(score, outcome.score(), 1e-9);
    }

    @Test
    void eachFindingIsHighNotBlocking() {
        Finding finding = run(
                        rule,
                        withDependencies(clean(), dependency("com.acme:ranged", "[1.0,2.0)", VersionKind.RANGE, 12)))
                .findings()
                .get(0);

        assertEquals(Severity.HIGH, finding.severity());
        assertFalse(finding.blocking());
        assertEquals("com.acme:ranged", finding.key());
        assertEquals(new Location("pom.xml", 12), finding.location());
        assertEquals(15, finding.effortMinutes());
    }
}
