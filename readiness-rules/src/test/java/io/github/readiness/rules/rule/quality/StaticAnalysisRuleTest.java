package io.github.readiness.rules.rule.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.quality.AnalysisTool;
import io.github.readiness.rules.evidence.quality.StaticAnalysisCollector;
import io.github.readiness.rules.evidence.quality.StaticAnalysisIssue;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import io.github.readiness.rules.score.WaiverRescoring;
import io.github.readiness.rules.score.WaiverRescoringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaticAnalysisRuleTest {
    private final StaticAnalysisRule rule = new StaticAnalysisRule();

    @TempDir
    Path base;

    @Test
    void groupsTheRealSpotBugsReportPerBugTypeAndScoresItByDensity() throws Exception {
        Path target = Files.createDirectories(base.resolve("target"));
        Files.copy(
                resource("real-reports/spotbugs-4.9.8-vulnado/target/spotbugsXml.xml"),
                target.resolve("spotbugsXml.xml"));
        Collected<List<StaticAnalysisReport>> analysis = new StaticAnalysisCollector().collect(base, target, Map.of());
        List<StaticAnalysisIssue> issues = analysis.value().get(0).issues();

        RuleOutcome outcome = evaluate(analysis, sources(4_000));

        long bugTypes =
                issues.stream().map(StaticAnalysisIssue::ruleId).distinct().count();
        assertEquals(bugTypes, outcome.findings().size());
        assertEquals(
                issues.size(),
                outcome.findings().stream().mapToDouble(Finding::measured).sum());
        assertTrue(outcome.findings().stream().noneMatch(Finding::blocking));
        double weighted = issues.stream()
                .mapToInt(i -> StaticAnalysisRule.weight(i.severity()))
                .sum();
        assertEquals(100 * Math.pow(0.5, weighted / 4 / 20), outcome.score(), 1e-9);
        int effort = issues.stream()
                .mapToInt(i -> StaticAnalysisRule.effortMinutes(i.severity()))
                .sum();
        assertEquals(
                effort,
                outcome.findings().stream().mapToInt(Finding::effortMinutes).sum());
    }

    @Test
    void oneFindingPerToolRuleWithTheWorstSeverityAndTheFirstLocation() {
        StaticAnalysisReport pmd = new StaticAnalysisReport(
                AnalysisTool.PMD,
                "7.0.0",
                List.of(
                        issue("EmptyCatchBlock", Severity.MEDIUM, "priority 3", "src/main/java/a/A.java", 12),
                        issue("EmptyCatchBlock", Severity.HIGH, "priority 1", "src/main/java/a/B.java", 3),
                        issue("UnusedPrivateField", Severity.LOW, "priority 4", "src/main/java/a/A.java", 5)));

        RuleOutcome outcome = evaluate(Collected.read(List.of(pmd), List.of()), sources(500));

        Finding empty = outcome.findings().get(0);
        assertEquals("PMD EmptyCatchBlock", empty.key());
        assertEquals(Severity.HIGH, empty.severity());
        assertEquals(new Location("src/main/java/a/A.java", 12), empty.location());
        assertEquals(
                "PMD EmptyCatchBlock at src/main/java/a/A.java:12: EmptyCatchBlock message (priority 3);"
                        + " 2 issues, the first is shown",
                empty.message());
        assertEquals(40, empty.effortMinutes());
        assertEquals("PMD UnusedPrivateField", outcome.findings().get(1).key());
        // 10 + 3 + 1 weighted issues in a module counted as one KLOC
        assertEquals(100 * Math.pow(0.5, 14 / 20.0), outcome.score(), 1e-9);
    }

    /** A waived tool rule takes all its issues out of the density; the other issues still count. */
    @Test
    void aWaivedToolRuleLeavesAllItsIssuesOutOfTheDensity() {
        StaticAnalysisReport pmd = new StaticAnalysisReport(
                AnalysisTool.PMD,
                "7.0.0",
                List.of(
                        issue("EmptyCatchBlock", Severity.MEDIUM, "priority 3", "src/main/java/a/A.java", 12),
                        issue("EmptyCatchBlock", Severity.HIGH, "priority 1", "src/main/java/a/B.java", 3),
                        issue("UnusedPrivateField", Severity.LOW, "priority 4", "src/main/java/a/A.java", 5)));
        RuleOutcome outcome = evaluate(Collected.read(List.of(pmd), List.of()), sources(2000));

        List<Finding> judged = outcome.findings().stream()
                .map(f -> f.key().equals("PMD EmptyCatchBlock") ? f.waivedBy(WaiverRescoringTest.NOTE) : f)
                .toList();

        assertEquals(StaticAnalysisRule.score(14, 2000), outcome.score(), 1e-9);
        assertEquals(
                StaticAnalysisRule.score(1, 2000), WaiverRescoring.score(outcome, judged), 1e-9, "the LOW issue alone");
    }

    @ParameterizedTest(name = "{0} weighted issues in {1} lines -> {2}")
    @CsvSource({
        "0, 10000, 100.0",
        "20, 1000, 50.0",
        "20, 0, 50.0", // unknown size: one KLOC
        "20, 400, 50.0", // small module: one KLOC
        "40, 2000, 50.0",
        "40, 1000, 25.0",
        "200, 1000, 0.09765625",
    })
    void scoreHalvesEveryTwentyWeightedIssuesPerKloc(double weighted, long lines, double expected) {
        assertEquals(expected, StaticAnalysisRule.score(weighted, lines), 1e-9);
    }

    @Test
    void noReportIsNotApplicableAndCleanReportsScoreFull() {
        assertNull(evaluate(Collected.missing(EvidenceStatus.NOT_APPLICABLE, "none", List.of()), sources(10))
                .score());
        RuleOutcome clean = evaluate(
                Collected.read(
                        List.of(new StaticAnalysisReport(AnalysisTool.CHECKSTYLE, "10.0", List.of())), List.of()),
                sources(10));
        assertEquals(100.0, clean.score());
        assertTrue(clean.findings().isEmpty());
    }

    @Test
    void aConfiguredReportThatIsMissingBlocksAndALeftoverPluginSummaryDoesNot() throws Exception {
        Path target = Files.createDirectories(base.resolve("target"));
        Collected<List<StaticAnalysisReport>> configured = new StaticAnalysisCollector()
                .collect(base, target, Map.of(AnalysisTool.PMD, Path.of("target/custom/pmd.xml")));
        Finding missing = evaluate(configured, sources(10)).findings().get(0);
        assertTrue(missing.blocking());
        assertEquals(Severity.HIGH, missing.severity());
        assertTrue(missing.message().contains("target/custom/pmd.xml"), missing.message());

        Files.writeString(target.resolve("spotbugs.xml"), "<BugCollection/>");
        Collected<List<StaticAnalysisReport>> leftover = new StaticAnalysisCollector().collect(base, target, Map.of());
        RuleOutcome outcome = evaluate(leftover, sources(10));
        assertFalse(outcome.findings().get(0).blocking());
        assertNull(outcome.score());
    }

    private RuleOutcome evaluate(Collected<List<StaticAnalysisReport>> analysis, Collected<SourceScan> sources) {
        ProjectEvidence base = EvidenceFixtures.healthy();
        ProjectEvidence evidence = new ProjectEvidence(
                base.coverage(),
                base.tests(),
                base.audit(),
                base.scanners(),
                analysis,
                Collected.missing(EvidenceStatus.NOT_APPLICABLE, "", List.of()),
                Collected.missing(EvidenceStatus.NOT_APPLICABLE, "", List.of()),
                sources);
        return RuleRun.run(rule, evidence, EvidenceFixtures.POLICY);
    }

    private static Collected<SourceScan> sources(long linesOfCode) {
        return Collected.read(new SourceScan(3, linesOfCode, List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private static StaticAnalysisIssue issue(String rule, Severity severity, String level, String file, int line) {
        return new StaticAnalysisIssue(
                AnalysisTool.PMD, rule, "Best Practices", severity, level, rule + " message", new Location(file, line));
    }

    private static Path resource(String path) throws Exception {
        return Path.of(
                StaticAnalysisRuleTest.class.getClassLoader().getResource(path).toURI());
    }
}
