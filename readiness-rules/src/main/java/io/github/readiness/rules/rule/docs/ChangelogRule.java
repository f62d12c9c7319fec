package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code docs.changelog}: the repository has a changelog ({@code CHANGELOG*}, {@code CHANGES*}, {@code HISTORY*},
 * {@code RELEASE-NOTES*}, {@code RELEASE_NOTES*}, {@code RELEASENOTES*}, {@code NEWS*}, any case) in the module, a
 * parent up to the repository root, or their {@code docs/} and {@code .github/}. Missing: one LOW finding that never
 * blocks. Score: 100 when found, 0 when missing. Effort: {@value #EFFORT_MINUTES} min.
 */
public final class ChangelogRule extends RepositoryFileRule {
    static final int EFFORT_MINUTES = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.changelog", Category.DOCUMENTATION)
            .title("Changelog")
            .description(
                    "The repository has a changelog (CHANGELOG, CHANGES, HISTORY, RELEASE-NOTES, NEWS...) in the module, a"
                            + " parent up to the repository root, or their docs/ and .github/ folders.")
            .remediation(
                    "Add CHANGELOG.md with a section per release, newest first (added, changed, fixed, removed), so users"
                            + " can judge an upgrade; add to an Unreleased section with every change.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to start a changelog"))
            .build();

    static final RepositoryFileCheck CHECK = new RepositoryFileCheck(
            RepositoryFile.CHANGELOG,
            "CHANGELOG",
            "CHANGELOG*, CHANGES*, HISTORY*, RELEASE-NOTES*, RELEASE_NOTES*, RELEASENOTES*, NEWS*",
            true);

    public ChangelogRule() {
        super(METADATA, CHECK, Severity.LOW, EFFORT_MINUTES);
    }
}
