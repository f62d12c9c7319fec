package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.EvidenceFixtures.audit;
import static io.github.readiness.rules.rule.security.SecurityFixtures.dependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.realAudit;
import static io.github.readiness.rules.rule.security.SecurityFixtures.result;
import static io.github.readiness.rules.rule.security.SecurityFixtures.run;
import static io.github.readiness.rules.rule.security.SecurityFixtures.scanners;
import static io.github.readiness.rules.rule.security.SecurityFixtures.suppressed;
import static io.github.readiness.rules.rule.security.SecurityFixtures.vuln;
import static io.github.readiness.rules.rule.security.SecurityFixtures.with;
import static io.github.readiness.rules.rule.security.SecurityFixtures.withAudit;
import static io.github.readiness.rules.rule.security.SecurityFixtures.withScanners;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppressionsRuleTest {
    private static final String REMEDIATION = "Write why the issue does not apply: <notes> in the dependency-check"
            + " suppression file, or the suppression's justification in the scanner.";

    private final SuppressionsRule rule = new SuppressionsRule();

    /** openls (6.0.2): log4j 1.2.17 with two suppressed CVEs and empty notes; only the CRITICAL one must say why. */
    @Test
    void theRealOpenlsSuppressionOfACriticalWithoutNotes() throws Exception {
        RuleOutcome outcome = run(rule, withAudit(read(realAudit("dc-json-6.0.2-openls"))));

        assertNull(outcome.score());
        Finding finding = single(outcome);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertFalse(finding.blocking());
        assertEquals("CVE-2019-17571 log4j:log4j", finding.key());
        assertEquals(
                "suppressed without a justification: CVE-2019-17571 in log4j:log4j 1.2.17 (CRITICAL by CVSS v3"
                        + " 9.8)",
                finding.message());
        assertEquals(REMEDIATION, finding.remediation());
        assertEquals(10, finding.effortMinutes());
        assertNull(finding.location());
    }

    /** izgw-hub (8.4.3): 6 suppressed; the one without notes is MEDIUM, the HIGH one is justified: nothing to say. */
    @Test
    void theRealIzgwSuppressionsAreJustifiedWhereItMatters() throws Exception {
        DependencyAudit izgw = realAudit("dc-json-8.4.3-izgw-hub");
        assertEquals(
                6,
                izgw.vulnerable().stream()
                        .flatMap(d -> d.vulnerabilities().stream())
                        .filter(v -> v.suppressed())
                        .count());

        RuleOutcome outcome = run(rule, withAudit(read(izgw)));

        assertEquals(List.of(), outcome.findings());
        assertNull(outcome.score());
    }

    @ParameterizedTest(name = "CVSS v3 {0}, notes {1}, preference {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        9.8 | -               | HIGHEST | CRITICAL
        7.5 | -               | HIGHEST | HIGH
        6.9 | -               | HIGHEST | -
        2.0 | -               | HIGHEST | -
        9.8 | false positive  | HIGHEST | -
        7.5 | -               | V4      | -
        """)
    void aSeriousSuppressionNeedsAJustification(double cvss3, String notes, String preference, Severity expected) {
        // with V4 preferred, the v4 score 6.0 ranks it MEDIUM: no longer serious
        DependencyAudit audit = audit(
                        1,
                        dependency(
                                "pkg:maven/com.acme/lib@1.0",
                                vuln("CVE-2020-1")
                                        .cvss(3, cvss3)
                                        .cvss(4, 6.0)
                                        .suppressed(notes)
                                        .build()))
                .value()
                .audit();

        RuleOutcome outcome = run(rule, withAudit(read(audit)), EvidenceFixtures.POLICY.withCvssPreference(preference));

        if (expected == null) {
            assertEquals(List.of(), outcome.findings());
        } else {
            assertEquals(
                    "suppressed without a justification: CVE-2020-1 in com.acme:lib 1.0 (" + expected + " by CVSS v3 "
                            + cvss3 + ")",
                    single(outcome).message());
        }
    }

    @Test
    void anActiveVulnerabilityIsNoSuppression() {
        RuleOutcome outcome = run(
                rule,
                withAudit(audit(
                        1,
                        dependency("pkg:maven/g/a@1", vuln("CVE-1").cvss(3, 9.8).build()))));

        assertEquals(List.of(), outcome.findings());
    }

    /** SARIF: only a suppressed security result of HIGH or more, without a justification. */
    @Test
    void aSuppressedSarifSecurityResultNeedsAJustification() {
        SarifResult sqlInjection = result("CodeQL", "java/sql-injection", "error", 8.8, true, "src/Dao.java", 42);
        SarifResult xss = result("CodeQL", "java/xss", "error", 6.1, true, "src/View.java", 7);
        SarifResult taggedError = result("CodeQL", "java/path-injection", "error", null, true, "src/Files.java", 3);
        SarifResult quality = result("SpotBugs", "NP_NULL", "error", null, false, "src/A.java", 1);

        RuleOutcome outcome = run(
                rule,
                withScanners(scanners(
                        suppressed(sqlInjection, null),
                        suppressed(taggedError, "paths are constants"),
                        suppressed(xss, null),
                        suppressed(quality, null),
                        sqlInjection)));

        Finding finding = single(outcome);
        assertEquals("suppressed without a justification: CodeQL java/sql-injection (HIGH)", finding.message());
        assertEquals("java/sql-injection src/Dao.java:42", finding.key());
        assertEquals(new Location("src/Dao.java", 42), finding.location());
        assertEquals(Severity.MEDIUM, finding.severity());
        assertFalse(finding.blocking());
    }

    @Test
    void bothSourcesAreJudgedTogether() throws Exception {
        SarifResult critical = result("Semgrep", "java.lang.security.audit.crypto", "warning", 9.1, false, null, 0);

        RuleOutcome outcome =
                run(rule, with(read(realAudit("dc-json-6.0.2-openls")), scanners(suppressed(critical, null))));

        assertEquals(
                List.of("CVE-2019-17571 log4j:log4j", "java.lang.security.audit.crypto"),
                outcome.findings().stream().map(Finding::key).toList());
        assertNull(outcome.findings().get(1).location());
    }

    @Test
    void noEvidenceNoFinding() {
        RuleOutcome outcome = run(rule, EvidenceFixtures.healthy());

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    private static Collected<AuditEvidence> read(DependencyAudit audit) {
        return Collected.read(
                new AuditEvidence(audit, "target/dependency-check-report.json", true, List.of()), List.of());
    }

    private static Finding single(RuleOutcome outcome) {
        assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
        return outcome.findings().get(0);
    }
}
