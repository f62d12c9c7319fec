package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.BuildSetting;
import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.evidence.repository.DocumentedKeys;
import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/** Evidence for the documentation rule tests: only the repository files and the build model are collected. */
final class DocumentationFixtures {
    static final List<String> MODULE_AND_ROOT = List.of(".", "..");

    private DocumentationFixtures() {}

    static Collected<RepositoryFiles> repository(List<String> searched, Map<RepositoryFile, String> found) {
        return Collected.read(new RepositoryFiles(searched, found, DocumentedKeys.NONE), List.of());
    }

    static Collected<BuildModel> build(PomMetadata metadata) {
        BuildModel model = new BuildModel(
                "pom.xml",
                "1.0.0",
                true,
                "jar",
                List.of(),
                List.of(),
                List.of(),
                BuildSetting.UNSET,
                BuildSetting.UNSET,
                BuildSetting.UNSET,
                metadata);
        return Collected.read(model, List.of());
    }

    static <T> Collected<T> notCollected() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    static ProjectEvidence evidence(Collected<BuildModel> build, Collected<RepositoryFiles> repository) {
        return new ProjectEvidence(
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                build,
                repository,
                notCollected());
    }

    /** The rule alone, with the default settings of a policy that knows only this rule (not yet registered). */
    static RuleOutcome run(Rule rule, ProjectEvidence evidence) {
        return RuleRun.run(rule, evidence);
    }

    static Finding single(RuleOutcome outcome) {
        Assertions.assertEquals(1, outcome.findings().size(), () -> "findings: " + outcome.findings());
        return outcome.findings().get(0);
    }
}
