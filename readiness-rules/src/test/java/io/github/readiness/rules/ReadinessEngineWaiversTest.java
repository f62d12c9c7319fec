package io.github.readiness.rules;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.audit;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.noScanners;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.evidence.security.AffectedRange;
import io.github.readiness.rules.evidence.security.Cvss;
import io.github.readiness.rules.evidence.security.Vulnerability;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.WaiverState;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.policy.Waivers;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waivers through the engine: verdict, re-scoring per kind of rule, effort, the findings about waivers. */
class ReadinessEngineWaiversTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
    private final Policy policy = engine.defaultPolicy();

    @Test
    void aWaivedBlockerNoLongerBlocksAndAnExpiredOneDoes() {
        ProjectEvidence lowLine = evidence(coverage(70, 30, 8, 2), tests(10, 0, 0, 0));
        assertEquals(Verdict.NOT_READY, evaluate(lowLine, policy).verdict());

        Scorecard active = evaluate(lowLine, waive(waiver("coverage.line", null, TODAY.plusDays(30))));
        assertEquals(Verdict.READY, active.verdict());
        assertEquals(List.of(), active.verdictReasons());
        Finding line = single(active, "coverage.line");
        assertTrue(line.waived());
        assertTrue(line.blocking(), "the report still says what the finding was");
        assertEquals(new WaiverNote("tests being written", "payments-team", TODAY.plusDays(30), 30), line.waiver());
        assertEquals(List.of(), active.blockers());
        assertEquals(List.of(line), active.waived());

        Scorecard expired = evaluate(lowLine, waive(waiver("coverage.line", null, TODAY.minusDays(1))));
        assertEquals(Verdict.NOT_READY, expired.verdict());
        assertEquals(List.of("1 blocking finding to fix or waive"), expired.verdictReasons());
        assertFalse(single(expired, "coverage.line").waived());
        Finding notice = single(expired, "policy.waivers");
        assertEquals(Severity.HIGH, notice.severity());
        assertFalse(notice.blocking(), "not blocking by itself: the unwaived finding blocks");
        assertEquals(Category.TEST_COVERAGE, notice.category(), "next to the rule it waived");
        assertEquals("coverage.line", notice.key());
        assertEquals(
                "waiver for coverage.line expired on 2026-11-14 (owner: payments-team): 1 finding counts again",
                notice.message());
    }

    /** A measured score (coverage ratio) whose findings are all waived leaves its category instead of counting. */
    @Test
    void aFullyWaivedMeasuredScoreIsLeftOut() {
        ProjectEvidence lowLine = evidence(coverage(70, 30, 6, 4), tests(10, 0, 0, 0));
        // line 70/80 -> 87.5, branch 60/70 -> 85.7: (87.5 + 85.7) / 2 = 86.6, rounded down (it blocks) -> 86
        assertEquals(
                86, category(evaluate(lowLine, policy), Category.TEST_COVERAGE).score());

        Scorecard card = evaluate(lowLine, waive(waiver("coverage.line", null, TODAY.plusDays(30))));
        assertEquals(85, category(card, Category.TEST_COVERAGE).score(), "branch 85.7 alone, rounded down");
        assertEquals(Verdict.NOT_READY, card.verdict(), "branch coverage still blocks");

        Scorecard both = evaluate(
                lowLine,
                waive(
                        waiver("coverage.line", null, TODAY.plusDays(30)),
                        waiver("coverage.branch", null, TODAY.plusDays(30))));
        assertNull(category(both, Category.TEST_COVERAGE).score(), "nothing counted: N/A, neither 0 nor 100");
        assertEquals(100, both.score(), "tests 100; the N/A category is left out");
    }

    @Test
    void aPartlyWaivedMeasuredScoreStaysAsMeasuredAndWaivedEffortCountsNowhere() {
        FailedTest[] failed = new FailedTest[4];
        for (int i = 0; i < failed.length; i++) {
            failed[i] = new FailedTest("com.acme.PayTest", "t" + i, FailedTest.Kind.FAILURE, null, "boom", null);
        }
        ProjectEvidence red = evidence(coverage(90, 10, 8, 2), tests(10, 4, 0, 0, failed));
        Scorecard before = evaluate(red, policy);
        assertEquals(80, category(before, Category.TESTS).score(), "pass rate 60 and tests.executed 100");
        assertEquals(120, before.totalEffortMinutes());

        Scorecard card = evaluate(red, waive(waiver("tests.failures", "com.acme.PayTest#t0", TODAY.plusDays(30))));
        CategoryScore tests = category(card, Category.TESTS);
        assertEquals(80, tests.score(), "the pass rate is a measurement: one waived test does not change it");
        assertEquals(3, tests.findings());
        assertEquals(1, tests.waived());
        assertEquals(3, tests.blockers());
        assertEquals(90, tests.effortMinutes());
        assertEquals(90, card.totalEffortMinutes());
        assertEquals(List.of("3 blocking findings to fix or waive"), card.verdictReasons());

        Scorecard all = evaluate(red, waive(waiver("tests.failures", null, TODAY.plusDays(30))));
        assertEquals(100, category(all, Category.TESTS).score(), "pass rate left out: tests.executed alone");
        assertEquals(0, all.totalEffortMinutes());
        assertEquals(Verdict.READY, all.verdict());
    }

    /** Flaky tests pass on the rerun: the pass rate is 100, which the waived finding did not lower. */
    @Test
    void aMeasuredScoreOfOneHundredStaysWhenItsFindingsAreWaived() {
        Collected<TestEvidence> flaky = Collected.read(
                new TestEvidence(new TestSummary(10, 0, 0, 0, 2, 1.0), List.of(), 1),
                List.of(new EvidenceRecord("surefire", "target/surefire-reports", EvidenceStatus.READ, "")));
        Policy failuresOnly = policy.withRuleWeight("tests.executed", 0);

        Scorecard card = evaluate(
                evidence(coverage(90, 10, 8, 2), flaky),
                waive(failuresOnly, waiver("tests.failures", "flaky", TODAY.plusDays(30))));

        assertTrue(single(card, "tests.failures").waived());
        assertEquals(100, category(card, Category.TESTS).score());
    }

    /** Vulnerabilities score 100 x 0.5^CRITICAL x 0.75^HIGH: computed again from the unwaived ones. */
    @Test
    void aSeverityDecayScoreIsComputedAgainWithoutTheWaivedFindings() {
        ProjectEvidence vulnerable =
                new ProjectEvidence(coverage(90, 10, 8, 2), tests(10, 0, 0, 0), audit(10, springWeb()), noScanners());
        Scorecard before = evaluate(vulnerable, policy);
        assertEquals(
                37, category(before, Category.SECURITY).score(), "100 x 0.5 x 0.75 = 37.5, rounded down: it blocks");
        assertEquals(90, category(before, Category.DEPENDENCIES).score(), "9 of 10 dependencies clean");
        assertEquals(Verdict.NOT_READY, before.verdict());

        Scorecard critical =
                evaluate(vulnerable, waive(waiver("security.vulnerabilities", "CVE-2016-1000027", TODAY.plusDays(30))));
        assertEquals(75, category(critical, Category.SECURITY).score(), "the HIGH one alone");
        assertEquals(
                90,
                category(critical, Category.DEPENDENCIES).score(),
                "the dependency still has a known vulnerability: the waiver accepts the risk, it does not remove it");
        assertEquals(Verdict.CONDITIONAL, critical.verdict());
        assertEquals(List.of("1 HIGH finding to fix or waive"), critical.verdictReasons());
        assertEquals(240, before.totalEffortMinutes(), "one upgrade across a major version, on the CRITICAL one");
        assertEquals(
                List.of(240),
                before.findings().stream()
                        .filter(f -> f.rule().equals("security.vulnerabilities") && f.effortMinutes() > 0)
                        .map(Finding::effortMinutes)
                        .toList());
        Finding high = critical.findings().stream()
                .filter(f -> f.key().startsWith("CVE-2024-22262"))
                .findFirst()
                .orElseThrow();
        assertEquals(240, high.effortMinutes(), "the upgrade is still needed for the HIGH one: it carries the effort");
        assertEquals(240, critical.totalEffortMinutes());

        Scorecard all =
                evaluate(vulnerable, waive(waiver("security.vulnerabilities", "spring-web", TODAY.plusDays(30))));
        assertEquals(100, category(all, Category.SECURITY).score());
        assertEquals(Verdict.READY, all.verdict());
        assertEquals(0, all.totalEffortMinutes());
        assertEquals(2, category(all, Category.SECURITY).waived());
        assertEquals(0, category(all, Category.SECURITY).findings());
    }

    @Test
    void theFindingsAboutWaiversAreNeverBlockingAndComeInTheirOwnSeverities() {
        ProjectEvidence lowCoverage = evidence(coverage(70, 30, 6, 4), tests(10, 0, 0, 0));
        Policy waivers = policy.withWaivers(new Waivers(
                List.of(
                        waiver("coverage.line", null, TODAY.plusDays(3)),
                        waiver("tests.failures", "com.acme.GoneTest", TODAY.plusDays(30)),
                        waiver("coverage.branch", null, TODAY.plusDays(400))),
                14,
                365));

        Scorecard card = evaluate(lowCoverage, waivers);

        List<Finding> notices = card.findings().stream()
                .filter(f -> f.rule().equals("policy.waivers"))
                .toList();
        assertEquals(
                List.of(Severity.MEDIUM, Severity.LOW, Severity.INFO),
                notices.stream().map(Finding::severity).toList(),
                "too far ahead, stale, expiring; in report order");
        assertEquals(
                List.of("coverage.branch", "tests.failures com.acme.GoneTest", "coverage.line"),
                notices.stream().map(Finding::key).toList());
        assertTrue(notices.stream().noneMatch(Finding::blocking));
        assertEquals(
                List.of(5, 5, 0), notices.stream().map(Finding::effortMinutes).toList());
        assertEquals(
                List.of(
                        "waiver for coverage.line expires on 2026-11-18, in 3 days (owner: payments-team)",
                        "waiver for tests.failures (com.acme.GoneTest) matches no finding (stale: remove it)",
                        "waiver for coverage.branch expires on 2027-12-20, 400 days ahead, beyond the policy's"
                                + " maxDaysAhead of 365 (owner: payments-team): not applied, 1 finding counts again;"
                                + " set an expiry date at most 365 days ahead"),
                card.waiverWarnings().stream().map(WaiverStatus::warning).toList(),
                "in configuration order");
        assertEquals(
                List.of(WaiverState.EXPIRING, WaiverState.STALE, WaiverState.TOO_FAR_AHEAD),
                card.waivers().stream().map(WaiverStatus::state).toList());
        assertEquals(List.of("1 blocking finding to fix or waive"), card.verdictReasons(), "branch coverage only");
    }

    @Test
    void aWaiverBeyondMaxDaysAheadIsNotApplied() {
        ProjectEvidence lowLine = evidence(coverage(70, 30, 8, 2), tests(10, 0, 0, 0));
        Scorecard card = evaluate(
                lowLine,
                policy.withWaivers(new Waivers(List.of(waiver("coverage.line", null, TODAY.plusDays(181))), 14, 180)));

        assertEquals(Verdict.NOT_READY, card.verdict());
        assertFalse(single(card, "coverage.line").waived());
        Finding notice = single(card, "policy.waivers");
        assertEquals(Severity.MEDIUM, notice.severity());
        assertEquals(
                "waiver for coverage.line expires on 2027-05-15, 181 days ahead, beyond the policy's maxDaysAhead"
                        + " of 180 (owner: payments-team): not applied, 1 finding counts again; set an expiry date at most 180"
                        + " days ahead",
                notice.message());
        assertEquals(WaiverState.TOO_FAR_AHEAD, card.waivers().get(0).state());
    }

    @Test
    void levelOffSilencesTheFindingsAboutWaiversButTheWaiversStillApply() {
        ProjectEvidence lowLine = evidence(coverage(70, 30, 8, 2), tests(10, 0, 0, 0));
        Policy silent = waive(
                policy.withLevel("policy.waivers", "OFF"),
                waiver("coverage.line", null, TODAY),
                waiver("coverage.line", "no such text", TODAY.plusDays(30)));

        Scorecard card = evaluate(lowLine, silent);

        assertTrue(card.findings().stream().noneMatch(f -> f.rule().equals("policy.waivers")));
        assertTrue(single(card, "coverage.line").waived());
        assertEquals(
                List.of(WaiverState.EXPIRING, WaiverState.STALE),
                card.waivers().stream().map(WaiverStatus::state).toList(),
                "the report still lists them");
        assertEquals(Verdict.READY, card.verdict());
    }

    @Test
    void aWaiverOfARuleAtOffIsStaleAndReportedInTheWaiverRulesCategory() {
        Policy off =
                waive(policy.withLevel("coverage.branch", "OFF"), waiver("coverage.branch", null, TODAY.plusDays(30)));

        Finding notice = single(evaluate(EvidenceFixtures.healthy(), off), "policy.waivers");

        assertEquals(
                "waiver for coverage.branch matches no finding: rule coverage.branch is OFF (stale: remove it)",
                notice.message());
        assertEquals(Severity.LOW, notice.severity());
        assertEquals(Category.BUILD_RELEASE, notice.category());
    }

    @Test
    void withoutWaiversNothingChanges() {
        Scorecard card = evaluate(EvidenceFixtures.healthy(), policy);
        assertEquals(List.of(), card.waivers());
        assertEquals(List.of(), card.waived());
        assertEquals(Verdict.READY, card.verdict());
        assertTrue(card.rules().stream().anyMatch(r -> r.id().equals("policy.waivers")), "a documented rule id");
    }

    @Test
    void thePolicyRefusesWaiversOfUnknownRulesAndOfTheWaiverFindings() {
        assertEquals(
                "unknown rule 'coverage.lines'; did you mean 'coverage.line'?",
                assertThrows(PolicyException.class, () -> waive(waiver("coverage.lines", null, TODAY)))
                        .getMessage()
                        .split(" Known rules")[0]);
        assertEquals(
                "a waiver cannot waive policy.waivers (the findings about waivers): set that rule's level to OFF"
                        + " to silence them",
                assertThrows(PolicyException.class, () -> waive(waiver("policy.waivers", null, TODAY)))
                        .getMessage());
    }

    private Scorecard evaluate(ProjectEvidence evidence, Policy policy) {
        return engine.evaluate(PROJECT, evidence, policy, TOOL, TODAY);
    }

    private Policy waive(Waiver... waivers) {
        return waive(policy, waivers);
    }

    private static Policy waive(Policy policy, Waiver... waivers) {
        return policy.withWaivers(new Waivers(List.of(waivers), Waivers.DEFAULT_WARN_DAYS, null));
    }

    static Waiver waiver(String rule, String match, LocalDate expires) {
        return new Waiver(rule, match, "tests being written", "payments-team", expires);
    }

    private static Finding single(Scorecard card, String rule) {
        List<Finding> found =
                card.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, found.size(), rule + ": " + found);
        return found.get(0);
    }

    private static CategoryScore category(Scorecard card, Category category) {
        return card.categories().stream()
                .filter(c -> c.category() == category)
                .findFirst()
                .orElseThrow();
    }

    /** spring-web 5.3.22: CVE-2016-1000027 (CRITICAL 9.8) and CVE-2024-22262 (HIGH 8.1). */
    static VulnerableDependency springWeb() {
        Vulnerability rce = new Vulnerability(
                "CVE-2016-1000027",
                "NVD",
                "CRITICAL",
                List.of(new Cvss(3, 9.8, null)),
                false,
                false,
                List.of("CWE-502"),
                "Deserialization of untrusted data",
                null,
                List.of(new AffectedRange(null, null, null, "6.0.0", true)));
        Vulnerability dos = new Vulnerability(
                "CVE-2024-22262",
                "NVD",
                "HIGH",
                List.of(new Cvss(3, 8.1, null)),
                false,
                false,
                List.of(),
                "URL parsing",
                null,
                List.of(new AffectedRange("5.3.0", null, "5.3.33", null, true)));
        return new VulnerableDependency(
                "spring-web-5.3.22.jar",
                "/m2/spring-web-5.3.22.jar",
                List.of("pkg:maven/org.springframework/spring-web@5.3.22"),
                List.of(dos, rce),
                List.of("Payments:compile"),
                List.of());
    }
}
