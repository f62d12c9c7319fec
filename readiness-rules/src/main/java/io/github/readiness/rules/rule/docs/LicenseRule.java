package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docs.license}: the licence is stated in two places, each judged on its own: a licence file
 * ({@code LICENSE*}, {@code LICENCE*}, {@code COPYING*}, any case) in the module, a parent up to the repository root,
 * or their {@code docs/} and {@code .github/}; and {@code <licenses>} in the effective POM (inherited from a parent
 * counts). Each missing part is one MEDIUM finding that never blocks, {@value #EFFORT_MINUTES} min each. Score: 100 x
 * parts present / 2; only the file part (100 or 0) when the build model was not collected. Not applicable when the
 * repository was not scanned.
 */
public final class LicenseRule extends AbstractRule<RepositoryFiles> {
    static final int EFFORT_MINUTES = 15;
    static final String FILE_REMEDIATION = "Add the full licence text as LICENSE at the repository root (the text"
            + " the licence publishes, e.g. Apache-2.0 or MIT), so users know on what terms they may use the code.";
    static final String POM_REMEDIATION = "Declare the licence in the parent POM, which every module inherits:"
            + " <licenses><license><name>Apache-2.0</name><url>(the licence's URL)</url></license></licenses>;"
            + " Maven Central requires it.";
    static final String POM_KEY = "pom-licenses";

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.license", Category.DOCUMENTATION)
            .title("Licence")
            .description(
                    "The repository has a licence file (LICENSE, LICENCE, COPYING...) and the effective POM declares"
                            + " <licenses>.")
            .remediation(
                    "Add the licence text as LICENSE at the repository root and declare it in the parent POM's <licenses>.")
            .effort(EffortModel.per(EFFORT_MINUTES, "per missing part (licence file, POM <licenses>)"))
            .build();

    static final RepositoryFileCheck CHECK =
            new RepositoryFileCheck(RepositoryFile.LICENSE, "LICENSE file", "LICENSE*, LICENCE*, COPYING*", true);

    public LicenseRule() {
        super(METADATA, ProjectEvidence::repository);
    }

    @Override
    protected RuleOutcome judge(RepositoryFiles repository, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        int parts = 1;
        int present = 0;
        if (CHECK.isFound(repository)) {
            present++;
        } else {
            findings.add(CHECK.missing(context, repository, Severity.MEDIUM, FILE_REMEDIATION, EFFORT_MINUTES));
        }
        Collected<BuildModel> build = context.evidence().build();
        if (build.isRead()) {
            parts++;
            if (!build.value().metadata().licenses().isEmpty()) {
                present++;
            } else {
                String pom = build.value().pomFile();
                findings.add(context.finding(
                                Severity.MEDIUM, POM_KEY, "no <licenses> in " + pom + " (nor inherited from a parent)")
                        .at(Location.of(pom))
                        .remediation(POM_REMEDIATION)
                        .effort(EFFORT_MINUTES)
                        .notBlocking());
            }
        }
        return RuleOutcome.scored(100.0 * present / parts, findings);
    }
}
