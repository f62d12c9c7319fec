package io.github.readiness.rules.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.checklist.ChecklistJudge.RuleResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.policy.PolicyException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every item state and every attestation that does not count, judged on a fixed build date. */
class ChecklistJudgeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ChecklistItem ROLLBACK = new ChecklistItem(
            "rollback-tested", "Rollback procedure tested", Category.DEPLOYMENT, true, Period.ofDays(90), null);
    static final ChecklistItem TESTS =
            new ChecklistItem("tests-passing", "All unit tests passing", null, true, null, "tests.failures");

    static Attestation attested(String item, LocalDate date, boolean evidenceFound) {
        return new Attestation(
                item, "payments-team", date, "docs/runbooks/rollback.md", evidenceFound, "readiness.yaml line 9");
    }

    private static ItemStatus judgeOne(ChecklistItem item, Attestation attestation, RuleResult rule) {
        Checklist checklist = new Checklist(List.of(item), attestation == null ? List.of() : List.of(attestation));
        Map<String, RuleResult> rules = rule == null ? Map.of() : Map.of("tests.failures", rule);
        ChecklistJudgement judged = ChecklistJudge.judge(checklist, rules, true, TODAY, 14);
        assertEquals(List.of(), judged.problems());
        return judged.items().get(0);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # days ago attested, evidence found, state, days left
            10,   true,  ATTESTED,         80
            80,   true,  EXPIRING,         10
            90,   true,  EXPIRING,         0
            91,   true,  EXPIRED,          -1
            10,   false, EVIDENCE_MISSING, 80
            0,    true,  ATTESTED,         90
            """)
    void anAttestedItemByItsDateAndEvidence(int daysAgo, boolean found, ItemState state, long daysLeft) {
        ItemStatus status = judgeOne(ROLLBACK, attested(ROLLBACK.id(), TODAY.minusDays(daysAgo), found), null);
        assertEquals(state, status.state());
        assertEquals(daysLeft, status.daysLeft());
        assertEquals(TODAY.minusDays(daysAgo).plusDays(90), status.expiresOn());
        assertEquals(state == ItemState.EXPIRED || state == ItemState.EVIDENCE_MISSING, status.openRequired());
    }

    @Test
    void theWordsOfEachOpenState() {
        assertEquals(
                "attested by payments-team on 2026-09-07, expired on 2026-12-06 (valid for 90d): do it again and"
                        + " attest it",
                judgeOne(ROLLBACK, attested(ROLLBACK.id(), TODAY.minusDays(91), true), null)
                        .detail());
        assertEquals(
                "attestation by payments-team expires on 2026-12-17, in 10 days",
                judgeOne(ROLLBACK, attested(ROLLBACK.id(), TODAY.minusDays(80), true), null)
                        .detail());
        assertEquals(
                "evidence docs/runbooks/rollback.md is not in the repository: restore it or attest again with the"
                        + " evidence's new place",
                judgeOne(ROLLBACK, attested(ROLLBACK.id(), TODAY, false), null).detail());
        ItemStatus missing = judgeOne(ROLLBACK, null, null);
        assertEquals(ItemState.MISSING, missing.state());
        assertEquals(
                "not attested: mvn readiness:attest -Ditem=rollback-tested -Devidence=<file or https URL>",
                missing.detail());
        assertEquals(true, missing.openRequired());
    }

    @Test
    void anItemWithoutValidForNeverExpires() {
        ChecklistItem forever = new ChecklistItem("runbook", "Runbook", Category.DEPLOYMENT, false, null, null);
        ItemStatus status = judgeOne(forever, attested("runbook", TODAY.minusYears(5), true), null);
        assertEquals(ItemState.ATTESTED, status.state());
        assertEquals(null, status.daysLeft());
    }

    @Test
    void aMeasuredItemByItsRulesResult() {
        assertEquals(
                ItemState.SATISFIED,
                judgeOne(TESTS, null, new RuleResult(false, true, 0, Category.TESTS))
                        .state());
        ItemStatus failing = judgeOne(TESTS, null, new RuleResult(false, true, 2, Category.TESTS));
        assertEquals(ItemState.FAILING, failing.state());
        assertEquals("rule tests.failures has 2 findings", failing.detail());
        assertEquals(Category.TESTS, failing.item().category(), "in its rule's category");
        ItemStatus off = judgeOne(TESTS, null, RuleResult.off(Category.TESTS));
        assertEquals(ItemState.FAILING, off.state());
        assertEquals(
                "rule tests.failures is OFF, so nothing measures it: set the rule's level back to ERROR or WARN",
                off.detail());
        ItemStatus nothing = judgeOne(TESTS, null, new RuleResult(false, false, 0, Category.TESTS));
        assertEquals(ItemState.NOT_MEASURED, nothing.state());
        assertEquals(false, nothing.openRequired());
    }

    @Test
    void aServiceItemDoesNotApplyToALibrary() {
        Checklist checklist = new Checklist(List.of(ROLLBACK), List.of());
        ItemStatus status = ChecklistJudge.judge(checklist, Map.of(), false, TODAY, 14)
                .items()
                .get(0);
        assertEquals(ItemState.NOT_APPLICABLE, status.state());
        assertEquals(false, status.openRequired());
    }

    @Test
    void attestationsThatDoNotCount() {
        Checklist checklist = new Checklist(
                List.of(ROLLBACK, TESTS),
                List.of(
                        attested("rollback-test", TODAY, true),
                        attested("rollback-tested", TODAY.plusDays(1), true),
                        attested("tests-passing", TODAY, true)));
        ChecklistJudgement judged = ChecklistJudge.judge(checklist, Map.of(), true, TODAY, 14);
        assertEquals(
                List.of(
                        "attestation for unknown checklist item 'rollback-test' (readiness.yaml line 9); did you mean"
                                + " 'rollback-tested'?",
                        "attestation for rollback-tested is dated 2026-12-08, after the build date 2026-12-07"
                                + " (readiness.yaml line 9): not counted; attest on the day the work was done",
                        "attestation for tests-passing (readiness.yaml line 9) is not needed: rule tests.failures"
                                + " measures that item; remove the attestation"),
                judged.problems().stream().map(AttestationProblem::message).toList());
        assertEquals(ItemState.MISSING, judged.items().get(0).state(), "a future attestation does not count");
        assertEquals(2, judged.openRequired());
    }

    @Test
    void anItemIsAttestedOnceAndListedOnce() {
        Attestation first = attested("rollback-tested", TODAY, true);
        Attestation second = new Attestation(
                "rollback-tested", "ops", TODAY, "https://wiki.example.org/rollback", true, "readiness.yaml line 14");
        assertEquals(
                "duplicate attestation for 'rollback-tested' at readiness.yaml line 14 (first at readiness.yaml line"
                        + " 9); keep one (the latest)",
                assertThrows(PolicyException.class, () -> new Checklist(List.of(ROLLBACK), List.of(first, second)))
                        .getMessage());
        assertEquals(
                "checklist item 'rollback-tested' is listed twice; keep one",
                assertThrows(PolicyException.class, () -> new Checklist(List.of(ROLLBACK, ROLLBACK), List.of()))
                        .getMessage());
    }

    @Test
    void aLaterFileReplacesAnItemByIdAndRemovesOnlyKnownOnes() {
        Checklist preset = new Checklist(List.of(ROLLBACK, TESTS), List.of());
        ChecklistItem relaxed = new ChecklistItem(
                "rollback-tested", "Rollback tested", Category.DEPLOYMENT, false, Period.ofDays(30), null);
        assertEquals(List.of(relaxed, TESTS), preset.withItems(List.of(relaxed)).items());
        assertEquals(List.of(TESTS), preset.without(List.of("rollback-tested")).items());
        assertEquals(
                "checklistRemove names unknown item 'rollback-test'; did you mean 'rollback-tested'?",
                assertThrows(PolicyException.class, () -> preset.without(List.of("rollback-test")))
                        .getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            90   | validFor is '90': use a length with its unit, such as 90d, 12w, 6m or 1y (days, weeks, months, years)
            0d   | validFor is '0d': an attestation valid for no time at all can never pass; use 1 or more, such as 90d
            -3d  | validFor is '-3d': use a length with its unit, such as 90d, 12w, 6m or 1y (days, weeks, months, years)
            3x   | validFor is '3x': use a length with its unit, such as 90d, 12w, 6m or 1y (days, weeks, months, years)
            1.5m | validFor is '1.5m': use a length with its unit, such as 90d, 12w, 6m or 1y (days, weeks, months, years)
            """)
    void anImpossibleValidForIsRefused(String text, String message) {
        assertEquals(
                message,
                assertThrows(PolicyException.class, () -> ChecklistItem.parseValidFor(text))
                        .getMessage());
    }

    @ParameterizedTest
    @CsvSource({"90d, P90D, 90d", "12w, P84D, 12w", "6m, P6M, 6m", "1y, P1Y, 1y"})
    void validForWithItsUnit(String text, String period, String shown) {
        Period parsed = ChecklistItem.parseValidFor(text);
        assertEquals(Period.parse(period), parsed);
        assertEquals(shown, new ChecklistItem("x", "X", Category.DEPLOYMENT, false, parsed, null).validForText());
    }
}
