package io.github.readiness.rules.rule.tests;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.rule.EvidenceRule;
import io.github.readiness.rules.rule.RuleContext;

/** {@code tests.evidence}: test reports must exist and come from this build's test run. */
public final class TestEvidenceRule extends EvidenceRule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("tests.evidence", Category.TESTS)
            .title("Test evidence present")
            .description(
                    "Surefire/Failsafe TEST-*.xml reports exist and were written by this build after the test classes"
                            + " were compiled.")
            .remediation("Run the tests in this build (mvn verify, without -DskipTests or -Dmaven.test.skip).")
            .effort(EffortModel.per(EFFORT_MINUTES, "to re-run the build with its tests"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    protected Collected<?> evidence(RuleContext context) {
        return context.evidence().tests();
    }

    @Override
    protected String whenMissing(Collected<?> evidence) {
        return "no test evidence: " + evidence.detail();
    }
}
