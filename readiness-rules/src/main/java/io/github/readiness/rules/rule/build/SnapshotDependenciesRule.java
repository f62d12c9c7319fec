package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.SeverityDecay;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code build.snapshot-dependencies}: a release version (not a SNAPSHOT, by Maven's own rule) must not use a
 * SNAPSHOT parent POM, dependency (direct, or transitive when the front end resolved the graph: the message names the
 * direct dependency that pulls it in), plugin or build extension: a SNAPSHOT changes without changing its version, so the release
 * cannot be rebuilt, and Maven's release plugin refuses it. One CRITICAL, blocking finding per artifact (key
 * {@code groupId:artifactId}; the jar and test-jar of one artifact count once), at the line that sets the version;
 * 30 min each. A SNAPSHOT project is not applicable:
 * snapshots are fine until the release. Score: {@value SeverityDecay#FORMULA}.
 */
public final class SnapshotDependenciesRule extends AbstractRule<BuildModel> {
    static final int MINUTES_PER_ARTIFACT = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder(
                    "build.snapshot-dependencies", Category.BUILD_RELEASE)
            .title("No SNAPSHOT dependencies in a release")
            .description(
                    "A release version depends on no SNAPSHOT dependency, plugin or build extension (a SNAPSHOT project is"
                            + " not judged: snapshots are fine until the release).")
            .remediation(
                    "Release the SNAPSHOT artifact first and depend on its release version (or on an earlier release):"
                            + " a release must be rebuildable from released artifacts only.")
            .effort(EffortModel.per(MINUTES_PER_ARTIFACT, "per SNAPSHOT artifact"))
            .build();

    public SnapshotDependenciesRule() {
        super(METADATA, ProjectEvidence::build);
    }

    @Override
    protected RuleOutcome judge(BuildModel model, RuleContext context) {
        if (!model.release()) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (DeclaredArtifact artifact : PomFacts.distinct(model, a -> a.versionKind() == VersionKind.SNAPSHOT)) {
            findings.add(context.finding(Severity.CRITICAL, artifact.coordinates(), message(model, artifact))
                    .at(artifact.location())
                    .effort(MINUTES_PER_ARTIFACT)
                    .blocking());
        }
        return RuleOutcome.decayed(findings);
    }

    /**
     * {@code release 1.0.0 depends on SNAPSHOT com.acme:util:2.0-SNAPSHOT (pom.xml:31)}; a transitive one names the
     * direct dependency that pulls it in ({@code ... through com.acme:client (pom.xml:25)}).
     */
    private static String message(BuildModel model, DeclaredArtifact artifact) {
        String uses = artifact.kind() == Kind.DEPENDENCY
                ? "depends on SNAPSHOT "
                : "builds with SNAPSHOT " + PomFacts.kind(artifact) + " ";
        String through = artifact.via() == null ? "" : " through " + artifact.via();
        return "release " + model.version() + " " + uses + PomFacts.withVersion(artifact) + through
                + PomFacts.at(artifact.location());
    }
}
