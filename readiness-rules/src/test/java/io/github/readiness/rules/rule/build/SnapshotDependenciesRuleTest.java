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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Category;
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

class SnapshotDependenciesRuleTest {
    private final SnapshotDependenciesRule rule = new SnapshotDependenciesRule();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("a clean release", clean(), List.of(), 100.0),
                Arguments.of(
                        "a SNAPSHOT dependency",
                        withDependencies(
                                clean(), dependency("com.acme:util", "2.0-SNAPSHOT", VersionKind.SNAPSHOT, 31)),
                        List.of("release 1.0.0 depends on SNAPSHOT com.acme:util:2.0-SNAPSHOT (pom.xml:31)"),
                        50.0),
                Arguments.of(
                        "a SNAPSHOT plugin and extension, one location unknown",
                        withPlugins(
                                clean(),
                                plugin("com.acme:acme-maven-plugin", "1.0-SNAPSHOT", VersionKind.SNAPSHOT, 60),
                                artifact(Kind.EXTENSION, "com.acme:wagon", "0.9-SNAPSHOT", VersionKind.SNAPSHOT, 0)),
                        List.of(
                                "release 1.0.0 builds with SNAPSHOT plugin com.acme:acme-maven-plugin:1.0-SNAPSHOT"
                                        + " (pom.xml:60)",
                                "release 1.0.0 builds with SNAPSHOT extension com.acme:wagon:0.9-SNAPSHOT"),
                        25.0),
                Arguments.of(
                        "the jar and test-jar of one SNAPSHOT are one artifact to release",
                        withDependencies(
                                clean(),
                                dependency("com.acme:util", "2.0-SNAPSHOT", VersionKind.SNAPSHOT, 31),
                                dependency("com.acme:util", "2.0-SNAPSHOT", VersionKind.SNAPSHOT, 36)),
                        List.of("release 1.0.0 depends on SNAPSHOT com.acme:util:2.0-SNAPSHOT (pom.xml:31)"),
                        50.0),
                Arguments.of(
                        "a released jar does not hide the SNAPSHOT test-jar of the same artifact",
                        withDependencies(
                                clean(),
                                dependency("com.acme:util", "1.0", VersionKind.FIXED, 31),
                                dependency("com.acme:util", "2.0-SNAPSHOT", VersionKind.SNAPSHOT, 36)),
                        List.of("release 1.0.0 depends on SNAPSHOT com.acme:util:2.0-SNAPSHOT (pom.xml:36)"),
                        50.0),
                Arguments.of(
                        "a SNAPSHOT parent POM",
                        withDependencies(
                                clean(),
                                artifact(Kind.PARENT, "com.acme:parent", "3-SNAPSHOT", VersionKind.SNAPSHOT, 7)),
                        List.of("release 1.0.0 builds with SNAPSHOT parent POM com.acme:parent:3-SNAPSHOT (pom.xml:7)"),
                        50.0),
                Arguments.of(
                        "a transitive SNAPSHOT, at the direct dependency that pulls it in",
                        withDependencies(
                                clean(),
                                new DeclaredArtifact(
                                        Kind.DEPENDENCY,
                                        "com.acme",
                                        "wire",
                                        "1.1-SNAPSHOT",
                                        VersionKind.SNAPSHOT,
                                        new Location("pom.xml", 21),
                                        "com.acme:client")),
                        List.of("release 1.0.0 depends on SNAPSHOT com.acme:wire:1.1-SNAPSHOT through com.acme:client"
                                + " (pom.xml:21)"),
                        50.0),
                Arguments.of(
                        "fixed, range, meta, missing and Maven's defaults are not SNAPSHOTs",
                        withPlugins(
                                withDependencies(
                                        clean(),
                                        dependency("com.acme:a", "1.0", VersionKind.FIXED, 10),
                                        dependency("com.acme:b", "[1.0-SNAPSHOT,2.0)", VersionKind.RANGE, 11),
                                        dependency("com.acme:c", "LATEST", VersionKind.META, 12)),
                                plugin("org.apache.maven.plugins:maven-shade-plugin", null, VersionKind.MISSING, 20),
                                mavenDefault("maven-clean-plugin", "2.5")),
                        List.of(),
                        100.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void findsEachSnapshotOfARelease(String name, BuildModel model, List<String> messages, double score) {
        RuleOutcome outcome = run(rule, model);

        assertEquals(messages, outcome.findings().stream().map(Finding::message).toList());
        assertEquals(score, outcome.score(), 1e-9);
    }

    @Test
    void eachFindingIsACriticalBlockerAtTheVersionLine() {
        Finding finding = run(
                        rule,
                        withDependencies(
                                clean(), dependency("com.acme:util", "2.0-SNAPSHOT", VersionKind.SNAPSHOT, 31)))
                .findings()
                .get(0);

        assertEquals("build.snapshot-dependencies", finding.rule());
        assertEquals(Category.BUILD_RELEASE, finding.category());
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.blocking());
        assertEquals("com.acme:util", finding.key());
        assertEquals(new Location("pom.xml", 31), finding.location());
        assertEquals(30, finding.effortMinutes());
        assertEquals(rule.metadata().remediation(), finding.remediation());
    }

    /** Snapshots are fine until the release: a SNAPSHOT project is not judged at all (N/A, not 100). */
    @Test
    void aSnapshotProjectIsNotApplicable() {
        BuildModel model = snapshotProject(
                withDependencies(clean(), dependency("com.acme:util", "2.0-SNAPSHOT", VersionKind.SNAPSHOT, 31)));

        assertEquals(RuleOutcome.notApplicable(), run(rule, model));
    }
}
