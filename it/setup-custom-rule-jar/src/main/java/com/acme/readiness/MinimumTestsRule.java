package com.acme.readiness;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/** {@code acme.minimum-tests}: the organisation's bar, at least {@value #MINIMUM} tests per module. */
public final class MinimumTestsRule extends AbstractRule<TestEvidence> {
    static final int MINIMUM = 3;

    private static final RuleMetadata METADATA = RuleMetadata.builder("acme.minimum-tests", Category.TESTS)
            .title("Minimum number of tests")
            .description("The build runs at least " + MINIMUM + " tests.")
            .remediation("Write tests for the module's main behaviour.")
            .effort(EffortModel.per(30, "per missing test"))
            .build();

    public MinimumTestsRule() {
        super(METADATA, ProjectEvidence::tests);
    }

    @Override
    protected RuleOutcome judge(TestEvidence tests, RuleContext context) {
        long ran = tests.summary().executed();
        long expected = MINIMUM;
        if (ran >= expected) {
            return RuleOutcome.scored(100, List.of());
        }
        String message = ran + " tests ran, but the organisation expects at least " + expected;
        return RuleOutcome.scored(100.0 * ran / expected, List.of(context.finding(Severity.HIGH, "tests", message)
                .measured((double) ran)
                .expected((double) expected)
                .effort((int) (expected - ran) * 30) // the engine rescales it to the policy's rate
                .blocking()));
    }
}
