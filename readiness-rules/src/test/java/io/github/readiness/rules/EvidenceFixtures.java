package io.github.readiness.rules;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.security.ScannedProject;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import java.util.List;
import java.util.Map;

/** Evidence built in memory, for rule, scoring and renderer tests (readers are tested on real files). */
public final class EvidenceFixtures {
    public static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "payments", "1.4.0", "Payments");
    public static final ToolInfo TOOL = new ToolInfo("readiness-maven-plugin", "0.1.0-test");
    public static final Policy POLICY = ReadinessEngine.withBuiltInRules().defaultPolicy();

    private EvidenceFixtures() {}

    public static Collected<CoverageEvidence> coverage(
            long lineCovered, long lineMissed, long branchCovered, long branchMissed) {
        CoverageEvidence evidence = new CoverageEvidence(
                "jacoco.exec",
                Map.of(
                        CounterType.LINE, new Counter(lineMissed, lineCovered),
                        CounterType.BRANCH, new Counter(branchMissed, branchCovered)),
                List.of());
        return Collected.read(
                evidence, List.of(new EvidenceRecord("jacoco", "target/jacoco.exec", EvidenceStatus.READ, "")));
    }

    public static Collected<TestEvidence> tests(
            int tests, int failures, int errors, int skipped, FailedTest... failed) {
        TestEvidence evidence =
                new TestEvidence(new TestSummary(tests, failures, errors, skipped, 0, 1.5), List.of(failed), 1);
        return Collected.read(
                evidence,
                List.of(new EvidenceRecord("surefire", "target/surefire-reports", EvidenceStatus.READ, "1 report")));
    }

    public static <T> Collected<T> missing(EvidenceStatus status, String source, String path, String detail) {
        return Collected.missing(status, detail, List.of(new EvidenceRecord(source, path, status, detail)));
    }

    /** A current dependency audit of {@code dependencies} dependencies, listing these vulnerable ones. */
    public static Collected<AuditEvidence> audit(int dependencies, VulnerableDependency... vulnerable) {
        DependencyAudit audit = new DependencyAudit(
                "dependency-check",
                "12.2.2",
                dependencies,
                List.of(vulnerable),
                new ScannedProject("Payments", "com.acme", "payments", "1.4.0", null));
        return Collected.read(
                new AuditEvidence(audit, "target/dependency-check-report.json", true, List.of()),
                List.of(new EvidenceRecord(
                        "dependency-check", "target/dependency-check-report.json", EvidenceStatus.READ, "")));
    }

    /** No SARIF scanner configured: nothing to judge, nothing missing. */
    public static Collected<SarifReport> noScanners() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "no SARIF file", List.of());
    }

    /** Coverage and tests as given; no dependency audit or scanner applies (their categories are N/A). */
    public static ProjectEvidence evidence(Collected<CoverageEvidence> coverage, Collected<TestEvidence> tests) {
        return new ProjectEvidence(
                coverage, tests, Collected.missing(EvidenceStatus.NOT_APPLICABLE, "", List.of()), noScanners());
    }

    public static ProjectEvidence healthy() {
        return evidence(coverage(90, 10, 8, 2), tests(12, 0, 0, 0));
    }
}
