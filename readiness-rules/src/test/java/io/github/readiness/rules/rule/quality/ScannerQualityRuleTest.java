package io.github.readiness.rules.rule.quality;

import static io.github.readiness.rules.rule.security.SecurityFixtures.realSarif;
import static io.github.readiness.rules.rule.security.SecurityFixtures.result;
import static io.github.readiness.rules.rule.security.SecurityFixtures.run;
import static io.github.readiness.rules.rule.security.SecurityFixtures.scanners;
import static io.github.readiness.rules.rule.security.SecurityFixtures.suppressed;
import static io.github.readiness.rules.rule.security.SecurityFixtures.withScanners;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.quality.AnalysisTool;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.score.WaiverRescoring;
import io.github.readiness.rules.score.WaiverRescoringTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScannerQualityRuleTest {
    private final ScannerQualityRule rule = new ScannerQualityRule();

    @Test
    void noScannerIsNotApplicable() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, EvidenceFixtures.healthy()));
    }

    @Test
    void securityResultsAreNotQuality() {
        RuleOutcome outcome = run(
                rule,
                withScanners(scanners(
                        result("CodeQL", "java/sql-injection", "error", 8.8, true, "src/Dao.java", 42),
                        result("SpotBugs", "SQL_INJECTION_JDBC", "warning", null, true, "src/Dao.java", 43))));

        assertEquals(100.0, outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    /** One finding per scanner and rule: its count, its worst severity, its first location; never blocking. */
    @Test
    void resultsAreGroupedPerToolAndRule() {
        RuleOutcome outcome = run(
                rule,
                withScanners(scanners(
                        result("SpotBugs", "NP_NULL", "note", null, false, "src/A.java", 10),
                        result("SpotBugs", "DM_DEFAULT_ENCODING", "warning", null, false, "src/B.java", 5),
                        result("SpotBugs", "NP_NULL", "error", null, false, "src/C.java", 20),
                        result("PMD", "NP_NULL", "warning", null, false, "src/D.java", 1),
                        result("SpotBugs", "NP_NULL", "warning", null, false, "src/E.java", 30))));

        assertEquals(
                List.of("SpotBugs NP_NULL", "SpotBugs DM_DEFAULT_ENCODING", "PMD NP_NULL"),
                outcome.findings().stream().map(Finding::key).toList());
        Finding npNull = outcome.findings().get(0);
        assertEquals(Severity.MEDIUM, npNull.severity(), "the worst of note, error, warning");
        assertEquals(3.0, npNull.measured());
        assertNull(npNull.expected());
        assertEquals(new Location("src/A.java", 10), npNull.location());
        assertEquals(
                "SpotBugs NP_NULL at src/A.java:10: message of NP_NULL (3 results; the first is shown)",
                npNull.message());
        assertEquals(20, npNull.effortMinutes(), "10 min per error or warning, the note is free");
        Finding encoding = outcome.findings().get(1);
        assertEquals(
                "SpotBugs DM_DEFAULT_ENCODING at src/B.java:5: message of DM_DEFAULT_ENCODING", encoding.message());
        assertEquals(Severity.LOW, encoding.severity());
        assertTrue(outcome.findings().stream().noneMatch(Finding::blocking));
        assertTrue(outcome.findings().stream().allMatch(f -> f.category() == Category.CODE_QUALITY));
        // MEDIUM, LOW, INFO (note), LOW, LOW
        assertEquals(100 * 0.95 * 0.99 * 0.99 * 0.99, outcome.score(), 1e-9);
    }

    /** A waived group takes all its results out of the score; the other groups' results still cost. */
    @Test
    void aWaivedScannerRuleLeavesAllItsResultsOutOfTheScore() {
        RuleOutcome outcome = run(
                rule,
                withScanners(scanners(
                        result("SpotBugs", "NP_NULL", "error", null, false, "src/A.java", 10),
                        result("SpotBugs", "DM_DEFAULT_ENCODING", "warning", null, false, "src/B.java", 5),
                        result("SpotBugs", "NP_NULL", "error", null, false, "src/C.java", 20))));
        assertEquals(100 * 0.95 * 0.99 * 0.95, outcome.score(), 1e-9);

        List<Finding> judged = outcome.findings().stream()
                .map(f -> f.key().equals("SpotBugs NP_NULL") ? f.waivedBy(WaiverRescoringTest.NOTE) : f)
                .toList();

        assertEquals(100 * 0.99, WaiverRescoring.score(outcome, judged), 1e-9);
    }

    /** SpotBugs writes SARIF and XML in one run: when its XML is read, quality.static-analysis judges it. */
    @Test
    void resultsOfAToolWhoseXmlReportIsReadAreNotCountedTwice() {
        ProjectEvidence sarifOnly = withScanners(scanners(
                result("SpotBugs", "NP_NULL", "error", null, false, "src/A.java", 10),
                result("CodeQL", "java/unused", "warning", null, false, "src/B.java", 1)));
        ProjectEvidence both = new ProjectEvidence(
                sarifOnly.coverage(),
                sarifOnly.tests(),
                sarifOnly.audit(),
                sarifOnly.scanners(),
                Collected.read(List.of(new StaticAnalysisReport(AnalysisTool.SPOTBUGS, "4.8.1", List.of())), List.of()),
                sarifOnly.build(),
                sarifOnly.repository(),
                sarifOnly.sources());

        assertEquals(
                List.of("SpotBugs NP_NULL", "CodeQL java/unused"),
                run(rule, sarifOnly).findings().stream().map(Finding::key).toList());
        RuleOutcome outcome = run(rule, both);
        assertEquals(
                List.of("CodeQL java/unused"),
                outcome.findings().stream().map(Finding::key).toList());
        assertEquals(99.0, outcome.score(), 1e-9);
    }

    @Test
    void suppressedResultsAreLeftOut() {
        RuleOutcome outcome = run(
                rule,
                withScanners(scanners(
                        suppressed(result("SpotBugs", "NP_NULL", "error", null, false, "src/A.java", 10), "checked"),
                        result("SpotBugs", "EI_EXPOSE_REP", "note", null, false, "src/B.java", 1))));

        assertEquals(
                List.of("SpotBugs EI_EXPOSE_REP"),
                outcome.findings().stream().map(Finding::key).toList());
        assertEquals(Severity.INFO, outcome.findings().get(0).severity());
        assertEquals(0, outcome.findings().get(0).effortMinutes());
        assertEquals(100.0, outcome.score(), "a note costs nothing");
    }

    /**
     * SpotBugs 4.8.1 on glasov: 2,502 results (error 73, warning 536, note 1,893) of 55 rules, whose worst level is
     * error for 10, warning for 10 and note for 35 (counted with python3 over the file).
     */
    @Test
    void theRealSpotbugsLog() throws Exception {
        Collected<SarifReport> spotbugs =
                Collected.read(realSarif("sarif-spotbugs-4.8.1-glasov/spotbugsSarif.json"), List.of());

        RuleOutcome outcome = run(rule, withScanners(spotbugs));

        assertEquals(55, outcome.findings().size());
        assertEquals(
                Map.of(Severity.MEDIUM, 10L, Severity.LOW, 10L, Severity.INFO, 35L),
                outcome.findings().stream()
                        .collect(Collectors.groupingBy(Finding::severity, TreeMap::new, Collectors.counting())));
        assertEquals(
                2502, outcome.findings().stream().mapToDouble(Finding::measured).sum());
        assertEquals(
                (73 + 536) * 10,
                outcome.findings().stream().mapToInt(Finding::effortMinutes).sum());
        assertEquals(100 * Math.pow(0.95, 73) * Math.pow(0.99, 536), outcome.score(), 1e-9);
        assertTrue(outcome.findings().stream().noneMatch(Finding::blocking));
    }

    @Test
    void theRealCodeqlLogIsAllSecurity() throws Exception {
        RuleOutcome outcome =
                run(rule, withScanners(Collected.read(realSarif("sarif-codeql-2.11.0-altoroj/java.sarif"), List.of())));

        assertEquals(100.0, outcome.score());
        assertEquals(List.of(), outcome.findings());
    }
}
