package io.github.readiness.rules.rule.dependencies;

import static io.github.readiness.rules.EvidenceFixtures.audit;
import static io.github.readiness.rules.rule.security.SecurityFixtures.cve;
import static io.github.readiness.rules.rule.security.SecurityFixtures.dependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.run;
import static io.github.readiness.rules.rule.security.SecurityFixtures.schemaspy;
import static io.github.readiness.rules.rule.security.SecurityFixtures.vuln;
import static io.github.readiness.rules.rule.security.SecurityFixtures.withAudit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.ScannedProject;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.score.Scorecard;
import io.github.readiness.rules.score.WaiverRescoring;
import io.github.readiness.rules.score.WaiverRescoringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DependencyAuditRuleTest {
    private static final String REPORT = "target/dependency-check-report.json";
    private static final String RERUN = "Re-run the audit in this build (mvn verify with dependency-check-maven's check"
            + " goal) so the report describes this project's current dependencies.";

    private final DependencyAuditRule rule = new DependencyAuditRule();

    @Test
    void metadataSaysWarnByDefault() {
        assertEquals("dependencies.audit", rule.metadata().id());
        assertEquals(Category.DEPENDENCIES, rule.metadata().category());
        assertEquals(RuleLevel.WARN, rule.metadata().defaultLevel());
        assertEquals(
                RuleLevel.WARN,
                EvidenceFixtures.POLICY.rule("dependencies.audit").level());
    }

    @Test
    void noAuditIsAHighFindingWithTheSnippet() {
        RuleOutcome outcome = run(
                rule,
                withAudit(missing(
                        EvidenceStatus.NOT_AVAILABLE,
                        "no dependency-check report (looked for target/dependency-check-report.json)")));

        assertNull(outcome.score());
        Finding finding = single(outcome);
        assertEquals(Severity.HIGH, finding.severity());
        assertTrue(finding.blocking(), "blocking at rule level; the engine downgrades it at WARN");
        assertEquals("NOT_AVAILABLE", finding.key());
        assertEquals(
                "no dependency audit: no dependency-check report (looked for" + " target/dependency-check-report.json)",
                finding.message());
        assertEquals(
                "Add OWASP dependency-check to the build: " + DependencyAuditRule.DEPENDENCY_CHECK_SNIPPET,
                finding.remediation());
        assertTrue(finding.remediation().contains("<artifactId>dependency-check-maven</artifactId>"));
        assertEquals(30, finding.effortMinutes());
    }

    @ParameterizedTest
    @EnumSource(
            value = EvidenceStatus.class,
            names = {"INVALID", "STALE", "NOT_RUN"})
    void anUnusableAuditIsAHighFindingToRerun(EvidenceStatus status) {
        String detail = REPORT + " is the audit of 'other', not of payments";
        RuleOutcome outcome = run(rule, withAudit(missing(status, detail)));

        Finding finding = single(outcome);
        assertEquals(Severity.HIGH, finding.severity());
        assertTrue(finding.blocking());
        assertEquals(status.name(), finding.key());
        assertEquals(
                "unusable dependency audit: " + REPORT + " is the audit of 'other', not of payments",
                finding.message());
        assertEquals(RERUN, finding.remediation());
        assertEquals(15, finding.effortMinutes());
        assertNull(outcome.score());
    }

    @Test
    void aPomOnlyModuleHasNothingToAudit() {
        RuleOutcome outcome = run(rule, withAudit(missing(EvidenceStatus.NOT_APPLICABLE, "packaging pom")));

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    @Test
    void aStaleAuditIsUsedAndEachDoubtIsAFinding() {
        List<String> doubts = List.of(
                "is older than pom.xml (report 2026-01-01 10:00 UTC, POM 2026-01-02 10:00 UTC)",
                "is 40 days old (scanned 2026-01-01 10:00 UTC; the policy allows 30)");
        DependencyAudit audit = new DependencyAudit(
                "dependency-check",
                "12.2.2",
                4,
                List.of(dependency("pkg:maven/g/a@1", cve("CVE-1", 7.5))),
                ScannedProject.UNKNOWN);
        Collected<AuditEvidence> stale = Collected.read(new AuditEvidence(audit, REPORT, true, doubts), List.of());

        RuleOutcome outcome = run(rule, withAudit(stale));

        assertEquals(75.0, outcome.score(), "the stale report still measures: 3 of 4 dependencies are clean");
        assertEquals(
                List.of(
                        "stale dependency audit: " + REPORT + " " + doubts.get(0),
                        "stale dependency audit: " + REPORT + " " + doubts.get(1)),
                outcome.findings().stream().map(Finding::message).toList());
        assertTrue(outcome.findings().stream()
                .allMatch(f -> f.severity() == Severity.HIGH
                        && f.blocking()
                        && f.key().equals("STALE")
                        && f.effortMinutes() == 15
                        && f.remediation().equals(RERUN)));
        // waiving the doubts accepts the stale audit: the score, about vulnerable dependencies, stays
        assertEquals(
                75.0,
                WaiverRescoring.score(
                        outcome,
                        outcome.findings().stream()
                                .map(f -> f.waivedBy(WaiverRescoringTest.NOTE))
                                .toList()));
    }

    @Test
    void aReportNamingNoProjectIsAnUnidentifiedAudit() {
        String doubt = "names no project (its projectInfo has no name or artifactId), so it cannot be told to be this"
                + " project's audit";
        DependencyAudit audit = new DependencyAudit("dependency-check", "12.2.2", 1, List.of(), ScannedProject.UNKNOWN);
        Collected<AuditEvidence> unnamed =
                Collected.read(new AuditEvidence(audit, REPORT, true, List.of(doubt)), List.of());

        Finding finding = run(rule, withAudit(unnamed)).findings().get(0);

        assertEquals("unidentified dependency audit: " + REPORT + " " + doubt, finding.message());
        assertEquals(
                List.of(Severity.HIGH, true, "UNNAMED"),
                List.of(finding.severity(), finding.blocking(), finding.key()));
    }

    /** Score: the share of scanned dependencies without an active vulnerability; a current audit finds nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no vulnerable dependency                  | 10 | 0 | 0 | 100
        2 of 10 vulnerable                        | 10 | 2 | 0 | 80
        1 of 3 vulnerable                         | 3  | 1 | 0 | 66.66666666666667
        only suppressed vulnerabilities are clean | 10 | 0 | 2 | 100
        empty scan                                | 0  | 0 | 0 | 100
        every dependency vulnerable               | 2  | 2 | 0 | 0
        """)
    void scoreIsTheShareOfCleanDependencies(
            String name, int scanned, int vulnerable, int suppressedOnly, double score) {
        VulnerableDependency[] dependencies = new VulnerableDependency[vulnerable + suppressedOnly];
        for (int i = 0; i < dependencies.length; i++) {
            dependencies[i] = i < vulnerable
                    ? dependency("pkg:maven/g/a" + i + "@1", cve("CVE-" + i, 5.0))
                    : dependency(
                            "pkg:maven/g/s" + i + "@1",
                            vuln("CVE-" + i).cvss(3, 9.8).suppressed("n/a").build());
        }

        RuleOutcome outcome = run(rule, withAudit(audit(scanned, dependencies)));

        assertEquals(score, outcome.score(), 1e-9);
        assertEquals(List.of(), outcome.findings());
    }

    /** bootstrap.js and bootstrap.min.js: one package, two scanned files, neither clean. */
    @Test
    void twoVulnerableFilesOfOnePackageAreTwoDependenciesThatAreNotClean() {
        VulnerableDependency js = new VulnerableDependency(
                "bootstrap.js",
                null,
                List.of("pkg:javascript/bootstrap@3.3.7"),
                List.of(cve("CVE-2019-8331", 6.1)),
                List.of(),
                List.of());
        VulnerableDependency minJs = new VulnerableDependency(
                "bootstrap.min.js",
                null,
                List.of("pkg:javascript/bootstrap@3.3.7"),
                List.of(cve("CVE-2019-8331", 6.1)),
                List.of(),
                List.of());

        assertEquals(0.0, run(rule, withAudit(audit(2, js, minJs))).score());
        assertEquals(50.0, run(rule, withAudit(audit(4, js, minJs))).score());
    }

    /** schemaspy: 229 scanned files, 12 of them with active vulnerabilities (counted with python3 over the JSON). */
    @Test
    void theRealSchemaspyAudit() throws Exception {
        DependencyAudit audit = schemaspy();
        Collected<AuditEvidence> read = Collected.read(new AuditEvidence(audit, REPORT, true, List.of()), List.of());

        RuleOutcome outcome = run(rule, withAudit(read));

        assertEquals(100.0 * (229 - 12) / 229, outcome.score(), 1e-9);
        assertEquals(List.of(), outcome.findings());
    }

    /** SARIF lists only the vulnerable dependencies, so no share can be computed; a reactor aggregate neither. */
    @Test
    void anIncompleteAuditGivesNoScore() {
        DependencyAudit audit = new DependencyAudit(
                "dependency-check",
                "12.2.2",
                1,
                List.of(dependency("pkg:maven/g/a@1", cve("CVE-1", 7.5))),
                ScannedProject.UNKNOWN);

        RuleOutcome outcome = run(
                rule,
                withAudit(Collected.read(
                        new AuditEvidence(audit, "target/dependency-check-report.sarif", false, List.of()),
                        List.of())));

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    /** The engine downgrades the rule's blockers at WARN (the default); ERROR makes a missing audit block. */
    @ParameterizedTest(name = "level {0}")
    @CsvSource({"WARN, false, CONDITIONAL", "ERROR, true, NOT_READY"})
    void theLevelDecidesWhetherAMissingAuditBlocks(String level, boolean blocking, Verdict verdict) {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Policy policy = engine.defaultPolicy().withLevel("dependencies.audit", level);

        Scorecard card = engine.evaluate(
                EvidenceFixtures.PROJECT,
                withAudit(missing(EvidenceStatus.NOT_AVAILABLE, "no dependency-check report")),
                policy,
                EvidenceFixtures.TOOL);

        Finding finding = card.findings().stream()
                .filter(f -> f.rule().equals("dependencies.audit"))
                .findFirst()
                .orElseThrow();
        assertEquals(blocking, finding.blocking());
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(verdict, card.verdict());
    }

    private static Collected<AuditEvidence> missing(EvidenceStatus status, String detail) {
        return Collected.missing(
                status, detail, List.of(new EvidenceRecord("dependency-check", REPORT, status, detail)));
    }

    private static Finding single(RuleOutcome outcome) {
        assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
        return outcome.findings().get(0);
    }
}
