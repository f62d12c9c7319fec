package io.github.readiness.rules.report;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.Waivers;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A policy's effort rates rescale the findings after their rules ran; every sum and renderer follows. */
class EffortRatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();

    private Scorecard evaluate(Policy policy) {
        Policy withStaleWaiver = policy.withWaivers(new Waivers(
                List.of(new Waiver("security.secrets", "gone", "test key", "bob", LocalDate.of(2027, 1, 31))),
                14,
                null));
        return engine.evaluate(PROJECT, ReportGoldenTest.notReadyEvidence(), withStaleWaiver, TOOL, TODAY);
    }

    /** {@code rule key=minutes} for every finding (the first word of its key), in report order. */
    private static String efforts(Scorecard card) {
        return card.findings().stream()
                .map(f -> f.rule() + " " + f.key().split(" ")[0] + "=" + f.effortMinutes())
                .collect(Collectors.joining(", "));
    }

    @Test
    void theBuiltInRatesGiveTheRulesOwnEstimates() {
        assertEquals(
                "security.vulnerabilities CVE-2016-1000027=240, coverage.branch branch=100, coverage.line line=435,"
                        + " tests.failures com.acme.pay.RefundTest#refundsTwice=30, security.vulnerabilities CVE-2024-22262=0,"
                        + " tests.failures flaky=30, policy.waivers security.secrets=5",
                efforts(evaluate(engine.defaultPolicy())));
    }

    @Test
    void aPolicyRateScalesItsRulesFindingsOnly() {
        Policy policy = engine.defaultPolicy()
                .withEffort("coverage.line", 10) // 87 lines to cover
                .withEffort("security.vulnerabilities", 120) // the major upgrade: 240 x 120 / 60
                .withEffort("tests.failures", 0)
                .withEffort("policy.waivers", 20); // findings the engine adds after the rules
        Scorecard card = evaluate(policy);
        assertEquals(
                "security.vulnerabilities CVE-2016-1000027=480, coverage.branch branch=100, coverage.line line=870,"
                        + " tests.failures com.acme.pay.RefundTest#refundsTwice=0, security.vulnerabilities CVE-2024-22262=0,"
                        + " tests.failures flaky=0, policy.waivers security.secrets=20",
                efforts(card));
        assertEquals(480 + 100 + 870 + 20, card.totalEffortMinutes());
        for (CategoryScore category : card.categories()) {
            assertEquals(
                    card.findings().stream()
                            .filter(f -> f.category() == category.category() && !f.waived())
                            .mapToInt(Finding::effortMinutes)
                            .sum(),
                    category.effortMinutes(),
                    category.category().id());
        }
        assertEquals(card.totalEffortMinutes(), card.roadmap().totalEffortMinutes());
    }

    @Test
    void scoresAndVerdictDoNotDependOnEffort() {
        Scorecard builtIn = evaluate(engine.defaultPolicy());
        Scorecard rated = evaluate(engine.defaultPolicy().withEffort("coverage.line", 60));
        assertEquals(builtIn.score(), rated.score());
        assertEquals(builtIn.verdict(), rated.verdict());
        assertEquals(
                builtIn.categories().stream().map(CategoryScore::score).toList(),
                rated.categories().stream().map(CategoryScore::score).toList());
    }

    @Test
    void everyRendererShowsTheRescaledEffort() throws IOException {
        Scorecard card = evaluate(engine.defaultPolicy().withEffort("coverage.line", 10));
        StringWriter md = new StringWriter();
        MarkdownRenderer.write(card, md);
        assertTrue(md.toString().contains("| Test Coverage | 90 | 3 | 2 | 2 | ~2 d |"), md.toString());
        assertTrue(md.toString().contains("\n3. Finding 3, HIGH `coverage.line`: ~2 d\n"), "870 min in the plan");
        assertTrue(md.toString().contains("\n   - Fix (~2 d): "), "870 min under the finding");
        StringWriter json = new StringWriter();
        JsonRenderer.write(card, json);
        assertTrue(json.toString().contains("\"effortMinutes\": 870,"), "the finding's effort");
        assertTrue(json.toString().contains("\"effortMinutes\": " + card.totalEffortMinutes() + ","), "the total");
        assertTrue(
                ConsoleSummary.lines(card, "readiness.md")
                        .contains("  Test Coverage           90      3        2" + "    ~2 d"),
                String.join("\n", ConsoleSummary.lines(card, "readiness.md")));
    }
}
