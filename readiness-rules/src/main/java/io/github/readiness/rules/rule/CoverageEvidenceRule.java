package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;

/** {@code coverage.evidence}: coverage data must exist, belong to this build and describe the compiled classes. */
public final class CoverageEvidenceRule extends EvidenceRule {
    /** The smallest POM change that produces coverage evidence. */
    static final String JACOCO_SNIPPET = "<plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId>"
            + "<version>0.8.15</version><executions><execution><goals><goal>prepare-agent</goal></goals></execution>"
            + "</executions></plugin>";

    private static final RuleMetadata METADATA = new RuleMetadata(
            "coverage.evidence",
            Category.TEST_COVERAGE,
            "Coverage evidence present",
            "JaCoCo coverage data (jacoco.exec or jacoco.xml) exists, was written by this build and matches the"
                    + " compiled classes.",
            "Add the JaCoCo agent to the build and run the tests: " + JACOCO_SNIPPET,
            null,
            EffortModel.per(EFFORT_MINUTES, "to configure JaCoCo or re-run the build"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    Collected<?> evidence(RuleContext context) {
        return context.evidence().coverage();
    }

    @Override
    String whenMissing(Collected<?> evidence) {
        // the detail names the paths looked at; the snippet is the fix, so it goes in the message itself
        return evidence.detail() + ": " + JACOCO_SNIPPET + " (if surefire sets <argLine>, it must include @{argLine})";
    }
}
