package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * {@code docs.readme}: the repository has a README ({@code README} or {@code README.*}, any case) in the module, a
 * parent up to the repository root, or their {@code docs/} and {@code .github/}. A missing README is one MEDIUM
 * finding that never blocks (it does not stop a release; it costs score and shows in the report). Score: 100 when
 * found, 0 when missing. Effort: {@value #EFFORT_MINUTES} min.
 */
public final class ReadmeRule extends RepositoryFileRule {
    static final int EFFORT_MINUTES = 60;

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.readme", Category.DOCUMENTATION)
            .title("README")
            .description(
                    "The repository has a README (README, README.md, README.adoc...) in the module, a parent up to the"
                            + " repository root, or their docs/ and .github/ folders.")
            .remediation(
                    "Add a README.md at the repository root: what the project does, how to build and run it (mvn verify),"
                            + " how to configure it, and where to ask for help.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to write a README"))
            .build();

    static final RepositoryFileCheck CHECK =
            new RepositoryFileCheck(RepositoryFile.README, "README", "README, README.md, README.adoc, README.*", true);

    public ReadmeRule() {
        super(METADATA, CHECK, Severity.MEDIUM, EFFORT_MINUTES);
    }
}
