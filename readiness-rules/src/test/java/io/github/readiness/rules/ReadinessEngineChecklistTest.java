package io.github.readiness.rules;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.checklist.ItemState;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.report.ChecklistText;
import io.github.readiness.rules.report.ConsoleSummary;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import io.github.readiness.rules.score.Scorecard;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist through the engine: the second stage judges it, required items block, every renderer shows it. */
class ReadinessEngineChecklistTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ChecklistItem REVIEW = new ChecklistItem(
            "security-review", "Security review signed off", Category.SECURITY, true, Period.ofDays(90), null);
    static final ChecklistItem TESTS =
            new ChecklistItem("tests-passing", "All unit tests passing", null, true, null, "tests.failures");
    static final ChecklistItem NOTES =
            new ChecklistItem("release-notes", "Release notes written", Category.DOCUMENTATION, false, null, null);

    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
    private final ProjectEvidence healthy = evidence(coverage(90, 10, 9, 1), tests(10, 0, 0, 0));

    private Scorecard evaluate(ProjectEvidence evidence, Policy policy) {
        return engine.evaluate(PROJECT, evidence, policy, TOOL, TODAY);
    }

    private Policy checklist(Attestation... attestations) {
        return engine.defaultPolicy()
                .withChecklist(new Checklist(List.of(REVIEW, TESTS, NOTES), List.of(attestations)));
    }

    static Attestation review(LocalDate date) {
        return new Attestation("security-review", "appsec", date, "docs/security-review.md", true, null);
    }

    @Test
    void aMissingRequiredItemBlocksNamingIt() {
        Scorecard card = evaluate(healthy, checklist());
        assertEquals(Verdict.NOT_READY, card.verdict());
        Finding blocker = card.blockers().get(0);
        assertEquals(ChecklistRule.RULE_ID, blocker.rule());
        assertEquals(Category.SECURITY, blocker.category());
        assertEquals(Severity.HIGH, blocker.severity());
        assertEquals(
                "required checklist item security-review (Security review signed off) is missing: not attested: mvn"
                        + " readiness:attest -Ditem=security-review -Devidence=<file or https URL>",
                blocker.message());
        assertEquals(1, card.blockers().size(), "the measured item is satisfied, the optional one does not block");
        assertTrue(card.verdictReasons()
                .contains("1 required checklist item open: security-review (do it, then mvn readiness:attest"
                        + " -Ditem=<id> -Devidence=<file or URL>)"));
        Finding optional = card.findings().stream()
                .filter(f -> f.key().equals("release-notes"))
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.LOW, optional.severity());
        assertFalse(optional.blocking());
        assertEquals(
                List.of(ItemState.MISSING, ItemState.SATISFIED, ItemState.MISSING),
                card.checklist().items().stream().map(s -> s.state()).toList());
        assertTrue(ConsoleSummary.lines(card, "target/readiness/readiness.md")
                .contains("Checklist: 1 of 3 items done, 1 required item open: security-review"));
    }

    @Test
    void anAttestedItemPassesAndAnExpiredOneBlocks() {
        Scorecard attested = evaluate(healthy, checklist(review(TODAY.minusDays(30))));
        assertEquals(
                Verdict.READY, attested.verdict(), attested.verdictReasons().toString());
        assertEquals(
                "[x] Security review signed off (appsec, 2026-11-07, docs/security-review.md)",
                ChecklistText.line(attested.checklist().items().get(0)));
        assertEquals(
                "[x] All unit tests passing (measured: tests.failures)",
                ChecklistText.line(attested.checklist().items().get(1)));
        assertEquals(
                "[ ] Release notes written",
                ChecklistText.line(attested.checklist().items().get(2)));

        Scorecard expired = evaluate(healthy, checklist(review(TODAY.minusDays(91))));
        assertEquals(Verdict.NOT_READY, expired.verdict());
        assertEquals(
                "required checklist item security-review (Security review signed off) is expired: attested by appsec"
                        + " on 2026-09-07, expired on 2026-12-06 (valid for 90d): do it again and attest it",
                expired.blockers().get(0).message());
        assertEquals(
                "[ ] Security review signed off (required; attested by appsec on 2026-09-07, expired on 2026-12-06"
                        + " (valid for 90d): do it again and attest it)",
                ChecklistText.line(expired.checklist().items().get(0)));

        Scorecard expiring = evaluate(healthy, checklist(review(TODAY.minusDays(80))));
        assertEquals(Verdict.READY, expiring.verdict());
        Finding notice = expiring.findings().stream()
                .filter(f -> f.rule().equals(ChecklistRule.RULE_ID))
                .filter(f -> f.severity() == Severity.INFO)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "checklist item security-review (Security review signed off): attestation by appsec expires on"
                        + " 2026-12-17, in 10 days",
                notice.message());
    }

    @Test
    void aMeasuredItemFollowsItsRulesUnwaivedFindings() {
        Scorecard failing = evaluate(
                evidence(
                        coverage(90, 10, 9, 1),
                        tests(
                                10,
                                2,
                                0,
                                0,
                                new FailedTest("com.acme.PayTest", "a", FailedTest.Kind.FAILURE, null, "boom", null),
                                new FailedTest("com.acme.PayTest", "b", FailedTest.Kind.FAILURE, null, "boom", null))),
                checklist(review(TODAY)));
        Finding item = failing.findings().stream()
                .filter(f -> f.key().equals("tests-passing"))
                .findFirst()
                .orElseThrow();
        assertTrue(item.blocks());
        assertEquals(Category.TESTS, item.category(), "in its rule's category");
        assertTrue(
                item.message()
                        .startsWith("required checklist item tests-passing (All unit tests passing) is not"
                                + " satisfied: rule tests.failures has 2 findings"),
                item.message());
    }

    @Test
    void atWarnTheChecklistReportsWithoutBlocking() {
        Policy warn = checklist().withLevel(ChecklistRule.RULE_ID, "WARN");
        Scorecard card = evaluate(healthy, warn);
        assertEquals(Verdict.CONDITIONAL, card.verdict(), "a HIGH finding that does not block");
        assertFalse(card.verdictReasons().stream().anyMatch(r -> r.contains("checklist item")));
        Scorecard off = evaluate(healthy, checklist().withLevel(ChecklistRule.RULE_ID, "OFF"));
        assertEquals(Verdict.READY, off.verdict());
        assertEquals(3, off.checklist().items().size(), "still shown");
    }

    @Test
    void aModuleWhoseReactorJudgesTheChecklistHasNone() {
        Policy module = checklist().withChecklist(Checklist.judgedAtReactorRoot());
        Scorecard card = evaluate(healthy, module);
        assertTrue(card.checklist().isEmpty());
        assertEquals(Verdict.READY, card.verdict());
    }
}
