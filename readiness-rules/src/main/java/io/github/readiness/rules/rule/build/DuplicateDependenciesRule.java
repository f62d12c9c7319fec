package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DuplicateDeclaration;
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
 * {@code build.duplicate-dependencies}: a dependency declared twice in one section of the module's POM
 * ({@code dependencies}, {@code dependencyManagement}, or a profile's). Maven keeps one declaration and only warns,
 * so which version and scope win is easy to misread. One MEDIUM finding per duplicate, not blocking, at the second
 * declaration (key {@code groupId:artifactId:type[:classifier]}); 5 min each. Score: {@value SeverityDecay#FORMULA}.
 */
public final class DuplicateDependenciesRule extends AbstractRule<BuildModel> {
    static final int MINUTES_PER_DUPLICATE = 5;

    private static final RuleMetadata METADATA = RuleMetadata.builder(
                    "build.duplicate-dependencies", Category.BUILD_RELEASE)
            .title("No duplicate dependencies")
            .description("No dependency is declared twice in the same section of a POM.")
            .remediation("Delete one of the two declarations, keeping the version and scope the build needs.")
            .effort(EffortModel.per(MINUTES_PER_DUPLICATE, "per duplicate"))
            .build();

    public DuplicateDependenciesRule() {
        super(METADATA, ProjectEvidence::build);
    }

    @Override
    protected RuleOutcome judge(BuildModel model, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (DuplicateDeclaration duplicate : model.duplicates()) {
            findings.add(context.finding(Severity.MEDIUM, duplicate.coordinates(), message(duplicate))
                    .at(duplicate.duplicate() != null ? duplicate.duplicate() : duplicate.first())
                    .effort(MINUTES_PER_DUPLICATE)
                    .notBlocking());
        }
        return RuleOutcome.decayed(findings);
    }

    /** {@code com.acme:util:jar declared twice in dependencies: pom.xml:20 and pom.xml:41}. */
    private static String message(DuplicateDeclaration duplicate) {
        String message = duplicate.coordinates() + " declared twice in " + duplicate.section();
        if (duplicate.first() != null && duplicate.duplicate() != null) {
            return message + ": " + duplicate.first() + " and " + duplicate.duplicate();
        }
        return duplicate.first() == null && duplicate.duplicate() == null
                ? message
                : message + ": " + (duplicate.first() != null ? duplicate.first() : duplicate.duplicate());
    }
}
