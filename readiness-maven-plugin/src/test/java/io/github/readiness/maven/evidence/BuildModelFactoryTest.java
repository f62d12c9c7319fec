package io.github.readiness.maven.evidence;

import static io.github.readiness.maven.evidence.EffectiveModels.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.DuplicateDeclaration;
import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conversion of a real effective model (fixture tree build/tree: a parent and its module app). */
class BuildModelFactoryTest {
    private static Path parentPom;
    private static Path appPom;

    @BeforeAll
    static void fixtures() throws Exception {
        appPom = Path.of(BuildModelFactoryTest.class
                .getResource("/build/tree/app/pom.xml")
                .toURI());
        parentPom = appPom.getParent().getParent().resolve("pom.xml");
    }

    private static BuildModel app() throws Exception {
        return BuildModelFactory.from(EffectiveModels.project(appPom), null);
    }

    @Test
    void identifiesTheModule() throws Exception {
        BuildModel model = app();

        assertEquals("pom.xml", model.pomFile());
        assertEquals("1.0.0", model.version(), "inherited from the parent");
        assertTrue(model.release());
        assertEquals("jar", model.packaging());
    }

    /** Versions classified by Maven's range and snapshot logic, each located at its own version line. */
    @Test
    void dependenciesAreClassifiedWhereTheirVersionIsWritten() throws Exception {
        List<DeclaredArtifact> expected = List.of(
                // the parent first: a SNAPSHOT parent would make a release unrebuildable just as well
                new DeclaredArtifact(
                        Kind.PARENT,
                        "com.acme",
                        "root",
                        "1.0.0",
                        VersionKind.FIXED,
                        new Location("pom.xml", lineOf(appPom, "<version>1.0.0"))),
                dependency("fixed", "1.2.4", VersionKind.FIXED, "pom.xml", lineOf(appPom, "<version>1.2.4")),
                dependency(
                        "util",
                        "2.0-SNAPSHOT",
                        VersionKind.SNAPSHOT,
                        "pom.xml",
                        lineOf(appPom, "<version>${util.version}")),
                dependency("ranged", "[1.0,2.0)", VersionKind.RANGE, "pom.xml", lineOf(appPom, "<version>[1.0,2.0)")),
                dependency("newest", "LATEST", VersionKind.META, "pom.xml", lineOf(appPom, "<version>LATEST")),
                dependency("pinned", "[1.5]", VersionKind.FIXED, "pom.xml", lineOf(appPom, "<version>[1.5]")),
                // the version comes from dependencyManagement: that is the line to change
                dependency("managed", "3.0", VersionKind.FIXED, "pom.xml", lineOf(appPom, "<version>3.0")),
                dependency("fixed", "1.2.3", VersionKind.FIXED, "pom.xml", lineOf(appPom, "<type>test-jar") - 1),
                dependency("fixed", "1.2.3", VersionKind.FIXED, "pom.xml", lineOf(appPom, "<classifier>sources") - 1));

        assertEquals(expected, app().dependencies());
    }

    @Test
    void pluginsAndExtensionsCarryTheVersionOfTheirOwnPomOrMissing() throws Exception {
        List<DeclaredArtifact> plugins = app().plugins();

        assertEquals(
                List.of(
                        // inherited from the parent's pluginManagement in the tree: ../pom.xml and its line
                        plugin(
                                "maven-compiler-plugin",
                                "3.16.0",
                                VersionKind.FIXED,
                                "../pom.xml",
                                lineOf(parentPom, "<version>3.16.0")),
                        plugin(
                                "maven-shade-plugin",
                                null,
                                VersionKind.MISSING,
                                "pom.xml",
                                lineOf(appPom, "maven-shade-plugin") - 1),
                        new DeclaredArtifact(
                                Kind.PLUGIN,
                                "com.acme",
                                "acme-maven-plugin",
                                "[1.0,)",
                                VersionKind.RANGE,
                                new Location("pom.xml", lineOf(appPom, "<version>[1.0,)"))),
                        new DeclaredArtifact(
                                Kind.EXTENSION,
                                "com.acme",
                                "acme-wagon",
                                "0.9-SNAPSHOT",
                                VersionKind.SNAPSHOT,
                                new Location("pom.xml", lineOf(appPom, "<version>0.9-SNAPSHOT")))),
                plugins);
    }

    /** What a real Maven 3.8.7 build showed: lifecycle plugins carry Maven's model id, resolved versions none. */
    @Test
    void versionsMavenChoseAreToolDefaultsOrMissing() throws Exception {
        MavenProject project = EffectiveModels.project(appPom);
        EffectiveModels.lifecyclePlugin(project.getModel(), "maven-surefire-plugin", "2.12.4");
        EffectiveModels.resolveVersion(project, "maven-shade-plugin", "3.6.2");

        List<DeclaredArtifact> plugins = BuildModelFactory.from(project, null).plugins();

        assertTrue(
                plugins.contains(plugin(
                        "maven-shade-plugin",
                        "3.6.2",
                        VersionKind.MISSING,
                        "pom.xml",
                        lineOf(appPom, "maven-shade-plugin") - 1)),
                "declared without a version: Maven resolved one, the POM still lacks it: " + plugins);
        assertTrue(
                plugins.contains(new DeclaredArtifact(
                        Kind.PLUGIN,
                        "org.apache.maven.plugins",
                        "maven-surefire-plugin",
                        "2.12.4",
                        VersionKind.TOOL_DEFAULT,
                        null)),
                "never named by the project: Maven's default, no location: " + plugins);
    }

    @Test
    void duplicatesComeFromTheRawModelWithBothLines() throws Exception {
        int fixedJar = lineOf(appPom, "<artifactId>fixed") - 2;
        int fixedAgain = lineOf(appPom, "<version>1.2.4") - 3;
        int managed = lineOf(appPom, "<artifactId>twice-managed") - 2;
        int managedAgain = lineOf(appPom, "<version>1.1") - 3;
        int extra = lineOf(appPom, "<artifactId>extra") - 2;
        int extraAgain = lineOf(appPom, "<artifactId>extra", "</dependency>") + 1;

        assertEquals(
                List.of(
                        new DuplicateDeclaration("com.acme:fixed:jar", "dependencies", at(fixedJar), at(fixedAgain)),
                        new DuplicateDeclaration(
                                "com.acme:twice-managed:jar", "dependencyManagement", at(managed), at(managedAgain)),
                        new DuplicateDeclaration(
                                "com.acme:extra:jar", "profile extra dependencies", at(extra), at(extraAgain))),
                app().duplicates(),
                "test-jar and sources of com.acme:fixed are other artifacts, not duplicates");
    }

    @Test
    void settingsNameTheirSourceAndLine() throws Exception {
        BuildModel model = app();

        assertEquals(
                new BuildSetting(
                        "UTF-8",
                        "property project.build.sourceEncoding",
                        new Location("../pom.xml", lineOf(parentPom, "<project.build.sourceEncoding>"))),
                model.sourceEncoding());
        assertEquals(
                new BuildSetting(
                        "17",
                        "property maven.compiler.release",
                        new Location("pom.xml", lineOf(appPom, "<maven.compiler.release>"))),
                model.javaRelease());
        assertEquals(
                new BuildSetting(
                        "2026-01-01T00:00:00Z",
                        "property project.build.outputTimestamp",
                        new Location("pom.xml", lineOf(appPom, "<project.build.outputTimestamp>"))),
                model.outputTimestamp());
    }

    /**
     * Inherited metadata counts (Maven appends the module's artifactId to inherited URLs and SCM connections);
     * blank is absent; licences by name, else URL; scm and tracker by what is there.
     */
    @Test
    void metadataIsTheEffectiveOne() throws Exception {
        PomMetadata metadata = app().metadata();

        assertEquals(
                new PomMetadata(
                        "Acme app",
                        null,
                        "https://acme.example.org/root/app",
                        List.of("Apache-2.0", "https://acme.example.org/licence.txt"),
                        "scm:git:ssh://acme.example.org/root.git/app",
                        "Jira"),
                metadata);
    }

    @Test
    void theParentIsAPomWithoutJavaLevelAndWithoutFindingsToMake() throws Exception {
        BuildModel parent = BuildModelFactory.from(EffectiveModels.project(parentPom), null);

        assertEquals("pom", parent.packaging());
        assertEquals(BuildSetting.UNSET, parent.javaRelease());
        assertFalse(parent.outputTimestamp().isSet());
        assertEquals(List.of(), parent.dependencies());
        assertEquals(List.of(), parent.duplicates());
        assertEquals(
                new PomMetadata(
                        "Acme root",
                        null,
                        "https://acme.example.org/root",
                        List.of("Apache-2.0", "https://acme.example.org/licence.txt"),
                        "scm:git:ssh://acme.example.org/root.git",
                        "Jira"),
                parent.metadata());
    }

    @Test
    void aSnapshotVersionIsNoRelease() throws Exception {
        MavenProject project = EffectiveModels.project(appPom);
        project.setVersion("1.1.0-SNAPSHOT");

        assertFalse(BuildModelFactory.from(project, null).release());
    }

    private static DeclaredArtifact dependency(
            String artifactId, String version, VersionKind kind, String file, int line) {
        return new DeclaredArtifact(Kind.DEPENDENCY, "com.acme", artifactId, version, kind, new Location(file, line));
    }

    private static DeclaredArtifact plugin(String artifactId, String version, VersionKind kind, String file, int line) {
        return new DeclaredArtifact(
                Kind.PLUGIN, "org.apache.maven.plugins", artifactId, version, kind, new Location(file, line));
    }

    private static Location at(int line) {
        return new Location("pom.xml", line);
    }
}
