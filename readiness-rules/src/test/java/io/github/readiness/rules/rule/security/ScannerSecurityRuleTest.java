package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.rule.security.SecurityFixtures.realSarif;
import static io.github.readiness.rules.rule.security.SecurityFixtures.result;
import static io.github.readiness.rules.rule.security.SecurityFixtures.run;
import static io.github.readiness.rules.rule.security.SecurityFixtures.scanners;
import static io.github.readiness.rules.rule.security.SecurityFixtures.suppressed;
import static io.github.readiness.rules.rule.security.SecurityFixtures.withScanners;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScannerSecurityRuleTest {
    private static final String REMEDIATION = "Fix the code at the reported location; if the result is a false"
            + " positive, suppress it in the scanner's own configuration with a justification.";

    private final ScannerSecurityRule rule = new ScannerSecurityRule();

    @Test
    void noScannerIsNotApplicable() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, EvidenceFixtures.healthy()));
    }

    /** A configured SARIF file that is missing means the scanner did not run: fail closed, never "no issue". */
    @Test
    void aConfiguredScannerThatDidNotRunBlocks() {
        RuleOutcome outcome = run(
                rule,
                withScanners(EvidenceFixtures.missing(
                        EvidenceStatus.NOT_AVAILABLE,
                        "sarif",
                        "codeql/*.sarif",
                        "configured SARIF report(s) not found: codeql/*.sarif")));

        assertNull(outcome.score());
        assertEquals(1, outcome.findings().size());
        Finding finding = outcome.findings().get(0);
        assertEquals(
                List.of(Severity.HIGH, true, "NOT_AVAILABLE"),
                List.of(finding.severity(), finding.blocking(), finding.key()));
        assertEquals("no scanner evidence: configured SARIF report(s) not found: codeql/*.sarif", finding.message());
    }

    /** A scanner that reports no security result may not look for any: no score, rather than a silent 100. */
    @Test
    void onlyQualityResultsAreNotApplicable() {
        RuleOutcome outcome = run(
                rule,
                withScanners(
                        scanners(result("SpotBugs", "NP_NULL_ON_SOME_PATH", "error", null, false, "src/A.java", 3))));

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # level | security-severity | tagged | severity | decided by              | blocks by default | blocks at HIGH
        error   | 9.8               | true   | CRITICAL | security-severity 9.8   | true              | true
        warning | 9.0               | false  | CRITICAL | security-severity 9.0   | true              | true
        error   | 8.8               | true   | HIGH     | security-severity 8.8   | false             | true
        error   | -                 | true   | HIGH     | level error             | false             | true
        warning | -                 | true   | MEDIUM   | level warning           | false             | false
        note    | 2.0               | false  | LOW      | security-severity 2.0   | false             | false
        """)
    void oneFindingPerResultAtItsLocation(
            String level,
            Double securitySeverity,
            boolean tagged,
            Severity severity,
            String decidedBy,
            boolean blocksByDefault,
            boolean blocksAtHigh) {
        SarifResult sqli = result("CodeQL", "java/sql-injection", level, securitySeverity, tagged, "src/Dao.java", 42);

        Finding byDefault = single(run(rule, withScanners(scanners(sqli))));
        Finding atHigh =
                single(run(rule, withScanners(scanners(sqli)), EvidenceFixtures.POLICY.withBlockingSeverity("HIGH")));

        assertEquals(severity, byDefault.severity());
        assertEquals(blocksByDefault, byDefault.blocking());
        assertEquals(blocksAtHigh, atHigh.blocking());
        assertEquals(
                "CodeQL java/sql-injection at src/Dao.java:42: message of java/sql-injection (" + severity + " by "
                        + decidedBy + ")",
                byDefault.message());
        assertEquals("java/sql-injection src/Dao.java:42", byDefault.key());
        assertEquals(new Location("src/Dao.java", 42), byDefault.location());
        assertEquals(Category.SECURITY, byDefault.category());
        assertEquals(REMEDIATION, byDefault.remediation());
        assertEquals(30, byDefault.effortMinutes());
    }

    @Test
    void aResultWithoutLocationIsKeyedByItsRule() {
        Finding finding = single(
                run(rule, withScanners(scanners(result("Semgrep", "hardcoded-secret", "error", 7.5, true, null, 0)))));

        assertEquals("hardcoded-secret", finding.key());
        assertEquals(
                "Semgrep hardcoded-secret: message of hardcoded-secret (HIGH by security-severity 7.5)",
                finding.message());
        assertNull(finding.location());
    }

    @Test
    void suppressedResultsAreInfoAndCostNothing() {
        SarifResult xss = result("CodeQL", "java/xss", "error", 6.1, true, "src/View.java", 7);
        SarifResult sqli = result("CodeQL", "java/sql-injection", "error", 9.8, true, "src/Dao.java", 42);

        RuleOutcome outcome =
                run(rule, withScanners(scanners(suppressed(xss, "output is encoded"), suppressed(sqli, null))));

        assertEquals(100.0, outcome.score(), "only suppressed results: scored, nothing lost");
        assertEquals(
                List.of(
                        "suppressed: CodeQL java/xss at src/View.java:7: message of java/xss (MEDIUM): output is"
                                + " encoded",
                        "suppressed: CodeQL java/sql-injection at src/Dao.java:42: message of java/sql-injection"
                                + " (CRITICAL): no justification given"),
                outcome.findings().stream().map(Finding::message).toList());
        assertTrue(outcome.findings().stream()
                .allMatch(f -> f.severity() == Severity.INFO
                        && !f.blocking()
                        && f.effortMinutes() == 0
                        && f.remediation().equals("Nothing to do while the suppression holds.")));
    }

    @Test
    void scoreDecaysOverActiveSecurityResultsOnly() {
        RuleOutcome outcome = run(
                rule,
                withScanners(scanners(
                        result("CodeQL", "a", "error", 9.5, true, "A.java", 1),
                        result("CodeQL", "b", "error", 8.0, true, "B.java", 2),
                        suppressed(result("CodeQL", "c", "error", 9.5, true, "C.java", 3), "n/a"),
                        result("SpotBugs", "NP", "error", null, false, "D.java", 4))));

        assertEquals(37.5, outcome.score());
        assertEquals(3, outcome.findings().size(), "the quality result is quality.scanners' concern");
    }

    /** CodeQL 2.11.0 on AltoroJ: 10 results, all with security-severity (7 x 8.8, 6.1, 5.0, 5.0), none suppressed. */
    @Test
    void theRealCodeqlLog() throws Exception {
        Collected<SarifReport> codeql = Collected.read(realSarif("sarif-codeql-2.11.0-altoroj/java.sarif"), List.of());
        Policy blockHigh = EvidenceFixtures.POLICY.withBlockingSeverity("HIGH");

        RuleOutcome byDefault = run(rule, withScanners(codeql));
        RuleOutcome atHigh = run(rule, withScanners(codeql), blockHigh);

        assertEquals(Map.of(Severity.HIGH, 7L, Severity.MEDIUM, 3L), count(byDefault));
        assertEquals(0, byDefault.findings().stream().filter(Finding::blocking).count());
        assertEquals(7, atHigh.findings().stream().filter(Finding::blocking).count());
        assertEquals(100 * Math.pow(0.75, 7) * Math.pow(0.95, 3), byDefault.score(), 1e-9);
        assertEquals(
                "java/sql-injection src/com/ibm/security/appscan/altoromutual/util/DBUtil.java:219",
                byDefault.findings().get(1).key());
    }

    @Test
    void theRealSpotbugsLogHasNoSecurityResult() throws Exception {
        RuleOutcome outcome = run(
                rule,
                withScanners(Collected.read(realSarif("sarif-spotbugs-4.8.1-glasov/spotbugsSarif.json"), List.of())));

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    private static Map<Severity, Long> count(RuleOutcome outcome) {
        return outcome.findings().stream()
                .collect(Collectors.groupingBy(Finding::severity, TreeMap::new, Collectors.counting()));
    }

    private static Finding single(RuleOutcome outcome) {
        assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
        assertFalse(outcome.findings().isEmpty());
        return outcome.findings().get(0);
    }
}
