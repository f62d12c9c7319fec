package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.DuplicateDeclaration;
import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;

/** Build models for the build-release rule tables: a clean release module, varied one piece at a time. */
final class BuildFixtures {
    static final BuildSetting SET = new BuildSetting("x", "property x", new Location("pom.xml", 9));
    static final PomMetadata NO_METADATA = new PomMetadata(null, null, null, List.of(), null, null);

    private BuildFixtures() {}

    /** Release 1.0.0, jar, nothing declared, every setting set. */
    static BuildModel clean() {
        return model("1.0.0", true, "jar", List.of(), List.of(), List.of(), SET, SET, SET);
    }

    static BuildModel model(
            String version,
            boolean release,
            String packaging,
            List<DeclaredArtifact> dependencies,
            List<DeclaredArtifact> plugins,
            List<DuplicateDeclaration> duplicates,
            BuildSetting encoding,
            BuildSetting java,
            BuildSetting timestamp) {
        return new BuildModel(
                "pom.xml",
                version,
                release,
                packaging,
                dependencies,
                plugins,
                duplicates,
                encoding,
                java,
                timestamp,
                NO_METADATA);
    }

    static BuildModel withDependencies(BuildModel m, DeclaredArtifact... dependencies) {
        return model(
                m.version(),
                m.release(),
                m.packaging(),
                List.of(dependencies),
                m.plugins(),
                m.duplicates(),
                m.sourceEncoding(),
                m.javaRelease(),
                m.outputTimestamp());
    }

    static BuildModel withPlugins(BuildModel m, DeclaredArtifact... plugins) {
        return model(
                m.version(),
                m.release(),
                m.packaging(),
                m.dependencies(),
                List.of(plugins),
                m.duplicates(),
                m.sourceEncoding(),
                m.javaRelease(),
                m.outputTimestamp());
    }

    static BuildModel snapshotProject(BuildModel m) {
        return model(
                "1.1.0-SNAPSHOT",
                false,
                m.packaging(),
                m.dependencies(),
                m.plugins(),
                m.duplicates(),
                m.sourceEncoding(),
                m.javaRelease(),
                m.outputTimestamp());
    }

    static DeclaredArtifact dependency(String coordinates, String version, VersionKind kind, int line) {
        return artifact(Kind.DEPENDENCY, coordinates, version, kind, line);
    }

    static DeclaredArtifact plugin(String coordinates, String version, VersionKind kind, int line) {
        return artifact(Kind.PLUGIN, coordinates, version, kind, line);
    }

    /** A lifecycle plugin Maven adds: no location. */
    static DeclaredArtifact mavenDefault(String artifactId, String version) {
        return new DeclaredArtifact(
                Kind.PLUGIN, "org.apache.maven.plugins", artifactId, version, VersionKind.TOOL_DEFAULT, null);
    }

    /** {@code line} 0 means no location. */
    static DeclaredArtifact artifact(Kind kind, String coordinates, String version, VersionKind versionKind, int line) {
        String[] ga = coordinates.split(":");
        return new DeclaredArtifact(
                kind, ga[0], ga[1], version, versionKind, line == 0 ? null : new Location("pom.xml", line));
    }

    static ProjectEvidence evidence(BuildModel model) {
        return evidence(Collected.read(model, List.of()));
    }

    static ProjectEvidence evidence(Collected<BuildModel> build) {
        return new ProjectEvidence(
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                build,
                notCollected(),
                notCollected());
    }

    static <T> Collected<T> notCollected() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    static RuleOutcome run(Rule rule, BuildModel model) {
        return run(rule, evidence(model));
    }

    static RuleOutcome run(Rule rule, ProjectEvidence evidence) {
        return RuleRun.run(rule, evidence);
    }
}
