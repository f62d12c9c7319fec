package io.github.readiness.rules.rule.tests;

import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestRulesTest {
    private static RuleOutcome run(Rule rule, ProjectEvidence evidence) {
        return RuleRun.run(rule, evidence, new RuleSettings(RuleLevel.ERROR, null, 1));
    }

    @ParameterizedTest(name = "{0} tests, {1} skipped")
    @CsvSource(
            delimiter = ';',
            value = {
                "12; 0; 100; ",
                "3; 2; 100; ",
                "0; 0; 0; no tests ran: the build executed 0 tests",
                "4; 4; 0; no tests ran: all 4 tests were skipped"
            })
    void atLeastOneTestMustRun(int tests, int skipped, double score, String message) {
        RuleOutcome outcome = run(new TestsExecutedRule(), evidence(coverage(1, 0, 0, 0), tests(tests, 0, 0, skipped)));
        assertEquals(score, outcome.score());
        if (message == null) {
            assertTrue(outcome.findings().isEmpty());
        } else {
            Finding finding = outcome.findings().get(0);
            assertEquals(message, finding.message());
            assertEquals(Severity.CRITICAL, finding.severity());
            assertTrue(finding.blocking());
        }
    }

    @Test
    void eachFailingTestIsABlockerWithItsReport() {
        FailedTest failure = new FailedTest(
                "com.acme.PayTest",
                "refunds",
                FailedTest.Kind.FAILURE,
                "org.opentest4j.AssertionFailedError",
                "expected: <5> but was: <6>",
                "target/surefire-reports/TEST-com.acme.PayTest.xml");
        FailedTest error = new FailedTest(
                "com.acme.PayTest",
                "charges",
                FailedTest.Kind.ERROR,
                "java.lang.NullPointerException",
                null,
                "target/surefire-reports/TEST-com.acme.PayTest.xml");
        RuleOutcome outcome =
                run(new TestFailuresRule(), evidence(coverage(1, 0, 0, 0), tests(10, 1, 1, 0, failure, error)));
        assertEquals(80.0, outcome.score());
        List<String> messages =
                outcome.findings().stream().map(Finding::message).toList();
        assertEquals(
                List.of(
                        "test com.acme.PayTest#refunds fails: expected: <5> but was: <6>",
                        "test com.acme.PayTest#charges errors: java.lang.NullPointerException"),
                messages);
        assertTrue(outcome.findings().stream().allMatch(Finding::blocking));
        assertEquals("com.acme.PayTest#refunds", outcome.findings().get(0).key());
        assertEquals(
                "target/surefire-reports/TEST-com.acme.PayTest.xml",
                outcome.findings().get(0).location().file());
        assertEquals(30, outcome.findings().get(0).effortMinutes());
    }

    @Test
    void flakyTestsAreReportedButDoNotBlock() {
        Collected<TestEvidence> flaky =
                Collected.read(new TestEvidence(new TestSummary(5, 0, 0, 0, 2, 1.0), List.of(), 1), List.of());
        RuleOutcome outcome = run(new TestFailuresRule(), evidence(coverage(1, 0, 0, 0), flaky));
        assertEquals(100.0, outcome.score());
        Finding finding = outcome.findings().get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(false, finding.blocking());
        assertEquals("2 test(s) failed first and passed on a rerun (flaky)", finding.message());
    }

    @Test
    void noExecutedTestMeansNoPassRate() {
        RuleOutcome outcome = run(new TestFailuresRule(), evidence(coverage(1, 0, 0, 0), tests(3, 0, 0, 3)));
        assertNull(outcome.score());
        assertTrue(outcome.findings().isEmpty());
    }
}
