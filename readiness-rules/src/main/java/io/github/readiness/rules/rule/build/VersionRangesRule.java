package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
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
 * {@code build.version-ranges}: dependencies, plugins and extensions whose version is a range ({@code [1.0,2.0)}) or
 * the {@code LATEST}/{@code RELEASE} meta-version resolve to whatever is newest in the repository at build time, so
 * two builds of one commit can differ. One HIGH finding per artifact (key {@code groupId:artifactId}), not blocking,
 * at the version's line; 15 min each. Judged for SNAPSHOT projects too. Score: {@value SeverityDecay#FORMULA}.
 */
public final class VersionRangesRule extends AbstractRule<BuildModel> {
    static final int MINUTES_PER_ARTIFACT = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder("build.version-ranges", Category.BUILD_RELEASE)
            .title("No version ranges")
            .description(
                    "No dependency, plugin or build extension uses a version range or the LATEST/RELEASE meta-version.")
            .remediation(
                    "Pin one version (e.g. the one the build resolves today, see mvn dependency:tree); let a tool such as"
                            + " Dependabot or the versions plugin propose upgrades instead.")
            .effort(EffortModel.per(MINUTES_PER_ARTIFACT, "per artifact"))
            .build();

    public VersionRangesRule() {
        super(METADATA, ProjectEvidence::build);
    }

    @Override
    protected RuleOutcome judge(BuildModel model, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (DeclaredArtifact artifact : PomFacts.distinct(
                model, a -> a.versionKind() == VersionKind.RANGE || a.versionKind() == VersionKind.META)) {
            findings.add(context.finding(Severity.HIGH, artifact.coordinates(), message(artifact))
                    .at(artifact.location())
                    .effort(MINUTES_PER_ARTIFACT)
                    .notBlocking());
        }
        return RuleOutcome.decayed(findings);
    }

    /** {@code dependency com.acme:util uses the version range [1.0,2.0) (pom.xml:31), which ...}. */
    private static String message(DeclaredArtifact artifact) {
        String what = artifact.versionKind() == VersionKind.META ? "the meta-version " : "the version range ";
        return PomFacts.kind(artifact) + " " + artifact.coordinates() + " uses " + what + artifact.version()
                + PomFacts.at(artifact.location()) + ", which resolves to whatever is newest at build time;"
                + " expected one pinned version";
    }
}
