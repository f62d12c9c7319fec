package io.github.readiness.rules.rule.coverage;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageExclusions;
import io.github.readiness.rules.evidence.ExcludedClasses;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.EvidenceRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/** {@code coverage.evidence}: coverage data must exist, belong to this build and describe the compiled classes. */
public final class CoverageEvidenceRule extends EvidenceRule {
    /** The smallest POM change that produces coverage evidence. */
    static final String JACOCO_SNIPPET =
            "<plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId>"
                    + "<version>0.8.15</version><executions><execution><goals><goal>prepare-agent</goal></goals></execution>"
                    + "</executions></plugin>";

    static final String EXCLUDED_FIX = "Test the classes and remove them from the <excludes> of jacoco-maven-plugin's"
            + " report execution; if they are generated code, keep the excludes and waive this finding with that reason.";

    private static final RuleMetadata METADATA = RuleMetadata.builder("coverage.evidence", Category.TEST_COVERAGE)
            .title("Coverage evidence present")
            .description(
                    "JaCoCo coverage data (jacoco.exec or jacoco.xml) exists, was written by this build and matches the"
                            + " compiled classes.")
            .remediation("Add the JaCoCo agent to the build and run the tests: " + JACOCO_SNIPPET)
            .effort(EffortModel.per(EFFORT_MINUTES, "to configure JaCoCo or re-run the build"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /**
     * Besides the evidence's status: classes with code that a jacoco.xml leaves out (its report execution's
     * {@code <excludes>}) are stated, never silently dropped. Not blocking: excluding generated code is legitimate,
     * and the gate cannot tell it from hiding untested code; HIGH when the report leaves out more lines than it
     * measures, else MEDIUM. A report that leaves out every class is an empty report, which blocks (or the exec
     * files are measured instead).
     */
    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<CoverageEvidence> coverage = context.evidence().coverage();
        if (!coverage.isRead() || coverage.value().excluded() == null) {
            return super.evaluate(context);
        }
        ExcludedClasses excluded = coverage.value().excluded();
        long measured = coverage.value().counter(CounterType.LINE).total();
        Severity severity = excluded.lines() > measured ? Severity.HIGH : Severity.MEDIUM;
        String message = "the coverage report leaves out " + CoverageExclusions.describe(excluded)
                + ": coverage is measured on " + measured + " of " + (measured + excluded.lines())
                + " executable lines";
        Finding finding = context.finding(severity, "EXCLUDED", message)
                .remediation(EXCLUDED_FIX)
                .effort(EFFORT_MINUTES)
                .notBlocking();
        return RuleOutcome.unscored(List.of(finding));
    }

    @Override
    protected Collected<?> evidence(RuleContext context) {
        return context.evidence().coverage();
    }

    @Override
    protected String whenMissing(Collected<?> evidence) {
        // the detail names the paths looked at; the snippet is the fix, so it goes in the message itself
        return evidence.detail() + ": " + JACOCO_SNIPPET + " (if surefire sets <argLine>, it must include @{argLine})";
    }
}
