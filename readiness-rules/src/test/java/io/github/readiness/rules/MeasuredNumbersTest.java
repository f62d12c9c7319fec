package io.github.readiness.rules;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.rule.policy.PolicyGate;
import io.github.readiness.rules.score.Measurements;
import io.github.readiness.rules.score.Scorecard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers every report shows, the score of a category that blocks, and a policy that switched the gate off. */
class MeasuredNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
    private final Policy policy = engine.defaultPolicy();
    private final List<String> ruleIds =
            Rules.builtIn().stream().map(r -> r.metadata().id()).toList();

    @Test
    void theCountersAndTestTotalsAreMeasuredWhetherOrNotARuleFired() {
        Scorecard card = engine.evaluate(PROJECT, EvidenceFixtures.healthy(), policy, TOOL, TODAY);

        assertEquals(Verdict.READY, card.verdict());
        Measurements measured = card.measurements();
        assertEquals("jacoco.exec", measured.coverageSource());
        assertEquals(new Counter(10, 90), measured.counter(CounterType.LINE));
        assertEquals(new Counter(2, 8), measured.counter(CounterType.BRANCH));
        assertEquals(
                List.of(new Measurements.TestTotals("tests", new TestSummary(12, 0, 0, 0, 0, 1.5))), measured.tests());
        assertEquals(List.of(), card.rulesOff());
    }

    @Test
    void aCategoryHoldingABlockerNeverReadsOneHundred() {
        FailedTest one = new FailedTest("com.acme.ATest", "a", FailedTest.Kind.FAILURE, "AssertionError", "x", "r");
        FailedTest two = new FailedTest("com.acme.BTest", "b", FailedTest.Kind.FAILURE, "AssertionError", "y", "r");
        Scorecard card = engine.evaluate(
                PROJECT, evidence(coverage(90, 10, 8, 2), tests(751, 2, 0, 0, one, two)), policy, TOOL, TODAY);

        var testsRow = card.categories().stream()
                .filter(c -> c.category() == Category.TESTS)
                .findFirst()
                .orElseThrow();
        assertEquals(2, testsRow.blockers());
        assertEquals(99, testsRow.score(), "749 of 751 passing is 99.7, which must not read as a perfect 100");
    }

    @Test
    void aPolicyThatTurnsEveryRuleOffAndMinScoreToZeroSaysItCanBlockNothing() {
        Policy off = policy.withMinScore(0);
        for (String id : ruleIds) {
            off = off.withLevel(id, "OFF");
        }
        Scorecard card = engine.evaluate(PROJECT, EvidenceFixtures.healthy(), off, TOOL, TODAY);

        assertEquals(ruleIds, card.rulesOff());
        assertNull(card.score());
        List<Finding> gate = card.findings().stream()
                .filter(f -> f.rule().equals(PolicyGate.RULE_ID))
                .toList();
        assertEquals(
                List.of(Severity.HIGH, Severity.LOW),
                gate.stream().map(Finding::severity).toList());
        assertEquals(
                "the policy can block nothing: minScore is 0, no rule is at level ERROR and no maturity level"
                        + " is required (all " + ruleIds.size() + " rules are OFF)",
                gate.get(0).message());
        assertEquals(
                "no category could be scored, so the score is n/a (all " + ruleIds.size() + " rules are OFF)",
                gate.get(1).message());
        assertTrue(gate.stream().noneMatch(Finding::blocking));
        assertEquals(Verdict.CONDITIONAL, card.verdict(), "a gate that can block nothing does not vouch for READY");
        assertRendered(card);
    }

    /** Every output names the rules turned off and carries the policy.gate finding. */
    private void assertRendered(Scorecard card) {
        try {
            java.io.StringWriter json = new java.io.StringWriter();
            io.github.readiness.rules.report.JsonRenderer.write(card, json);
            assertTrue(
                    json.toString().contains("\"rulesOff\": [\n    \"coverage.evidence\",\n    \"coverage.line\","),
                    json.toString());
            java.io.StringWriter md = new java.io.StringWriter();
            io.github.readiness.rules.report.MarkdownRenderer.write(card, md);
            assertTrue(md.toString()
                    .contains("Rules turned OFF by the policy (" + ruleIds.size() + "): `coverage.evidence`"));
            assertTrue(md.toString().contains("the policy can block nothing"));
            // wrapped at 110 characters: the continuation lines joined back give the one sentence
            assertTrue(String.join(
                            " ",
                            io.github.readiness.rules.report.ConsoleSummary.lines(card, "readiness.md").stream()
                                    .map(String::strip)
                                    .toList())
                    .contains(
                            "Rules turned OFF by the policy (" + ruleIds.size() + "): " + String.join(", ", ruleIds)));
            java.io.StringWriter junit = new java.io.StringWriter();
            io.github.readiness.rules.report.JunitRenderer.write(card, junit);
            assertTrue(
                    junit.toString()
                            .contains("<testcase classname=\"readiness.off\" name=\"coverage.line\" time=\"0\">"
                                    + "\n    <skipped message=\"turned OFF by the policy\"/>"),
                    junit.toString());
            java.io.StringWriter sarif = new java.io.StringWriter();
            io.github.readiness.rules.report.SarifRenderer.write(card, sarif);
            assertTrue(sarif.toString().contains("\"rulesOff\": ["), sarif.toString());
            assertTrue(sarif.toString().contains("\"ruleId\": \"policy.gate\""), sarif.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rulesTurnedOffAreListedWithoutAFindingWhileTheGateCanStillBlock() {
        Scorecard card = engine.evaluate(
                PROJECT,
                EvidenceFixtures.healthy(),
                policy.withLevel("docs.changelog", "OFF").withLevel("coverage.branch", "OFF"),
                TOOL,
                TODAY);

        assertEquals(
                List.of("coverage.branch", "docs.changelog"),
                card.rulesOff().stream().sorted().toList());
        assertFalse(card.findings().stream().anyMatch(f -> f.rule().equals(PolicyGate.RULE_ID)));
        assertEquals(Verdict.READY, card.verdict());
    }

    @Test
    void everyRuleAtWarnWithAMinimumScoreCanStillBlock() {
        Policy warn = policy;
        for (String id : ruleIds) {
            warn = warn.withLevel(id, "WARN");
        }
        Scorecard card = engine.evaluate(PROJECT, EvidenceFixtures.healthy(), warn, TOOL, TODAY);

        assertFalse(
                card.findings().stream().anyMatch(f -> f.rule().equals(PolicyGate.RULE_ID)),
                "minScore still blocks a low score");
    }
}
