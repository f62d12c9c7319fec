package io.github.readiness.rules.report;

import static io.github.readiness.rules.GoldenFiles.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.EvaluationRequest;
import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.baseline.CoverageRatios;
import io.github.readiness.rules.baseline.Fingerprint;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renderers with a baseline: the golden scorecard of {@link ReportGoldenTest} compared with a baseline that was
 * better (score 84, line coverage 75 %), knew three of its findings and one that is now resolved. To update after an
 * intended change, run with -Dreadiness.updateGolden=true and review the diff of src/test/resources/golden.
 */
class BaselineReportGoldenTest {
    static Scorecard comparedCard() {
        Baseline baseline = new Baseline(
                "com.acme:payments",
                84,
                List.of(
                        new Baseline.CategoryEntry(Category.TEST_COVERAGE, 95),
                        new Baseline.CategoryEntry(Category.TESTS, 99),
                        new Baseline.CategoryEntry(Category.SECURITY, 38),
                        new Baseline.CategoryEntry(Category.DEPENDENCIES, 98),
                        new Baseline.CategoryEntry(Category.CODE_QUALITY, null)),
                new CoverageRatios(0.75, 0.66),
                List.of(
                        known("coverage.line", "line"),
                        known("coverage.branch", "branch"),
                        known("security.vulnerabilities", "CVE-2016-1000027 org.springframework:spring-web"),
                        known("tests.failures", "com.acme.pay.OldTest#gone")));
        Policy policy = ReadinessEngine.withBuiltInRules()
                .defaultPolicy()
                .withBaselineSettings(new BaselineSettings(2, 1.5, true));
        // the golden card's coverage: 713 of 1000 lines, 130 of 200 branches
        return ReadinessEngine.withBuiltInRules()
                .evaluate(EvaluationRequest.of(
                                EvidenceFixtures.PROJECT,
                                EvidenceFixtures.TOOL,
                                ReportGoldenTest.notReadyEvidence(),
                                policy,
                                LocalDate.now(ZoneOffset.UTC))
                        .withBaseline(baseline, "readiness-baseline.json"));
    }

    private static Baseline.KnownFinding known(String rule, String key) {
        return new Baseline.KnownFinding(Fingerprint.of(rule, key), rule, key);
    }

    @Test
    void theComparedCardIsTheOneTheGoldenFilesShow() {
        Scorecard card = comparedCard();
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(
                List.of("baseline.ratchet", "baseline.ratchet", "tests.failures"),
                card.blockers().stream().map(f -> f.rule()).toList(),
                "two drops and the failing test, not known");
    }

    @Test
    void jsonMatchesGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(comparedCard(), out);
        assertGolden("readiness-compared.json", out.toString());
    }

    @Test
    void markdownMatchesGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        MarkdownRenderer.write(comparedCard(), out);
        assertGolden("readiness-compared.md", out.toString());
    }

    @Test
    void consoleSummaryMatchesGoldenFile() {
        Scorecard card = comparedCard();
        assertGolden(
                "console-compared.txt",
                String.join("\n", ConsoleSummary.lines(card, "target/readiness/readiness.md")) + "\n--- failure ---\n"
                        + ConsoleSummary.failureMessage(card, "target/readiness/readiness.md") + "\n");
    }
}
