package io.github.readiness.rules.baseline;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.Scorecard;

/** Builds scored in memory, for baseline tests: coverage counters and failing tests, nothing else. */
final class BaselineFixtures {
    static final ReadinessEngine ENGINE = ReadinessEngine.withBuiltInRules();
    static final Policy POLICY = ENGINE.defaultPolicy();

    private BaselineFixtures() {}

    static FailedTest failing(String test) {
        return new FailedTest(
                "com.acme.pay." + test.substring(0, test.indexOf('#')),
                test.substring(test.indexOf('#') + 1),
                FailedTest.Kind.FAILURE,
                "org.opentest4j.AssertionFailedError",
                "expected <1> but was <2>",
                null);
    }

    /** Line and branch counters (covered, missed) and 20 tests of which the named ones fail. */
    static ProjectEvidence build(
            long lineCovered, long lineMissed, long branchCovered, long branchMissed, FailedTest... failures) {
        return evidence(
                coverage(lineCovered, lineMissed, branchCovered, branchMissed),
                tests(20, failures.length, 0, 0, failures));
    }

    static Scorecard card(ProjectEvidence evidence, Policy policy) {
        return ENGINE.evaluate(PROJECT, evidence, policy, TOOL);
    }

    /** The baseline the baseline goal would write for this build under the default policy. */
    static Baseline baselineOf(ProjectEvidence evidence) {
        return Baseline.of(card(evidence, POLICY), evidence);
    }
}
