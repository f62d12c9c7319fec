package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.security.AffectedRange;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.Cvss;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.DependencyCheckJsonReader;
import io.github.readiness.rules.evidence.security.SarifReader;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.evidence.security.Vulnerability;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Security evidence built in memory for the rule tests, and the real schemaspy audit read once. */
public final class SecurityFixtures {
    private SecurityFixtures() {}

    /** A vulnerability under construction: scores, flags and ranges added one by one. */
    public static final class Vuln {
        private final String id;
        private final List<Cvss> scores = new ArrayList<>();
        private final List<AffectedRange> ranges = new ArrayList<>();
        private String reportedSeverity;
        private boolean kev;
        private boolean suppressed;
        private String notes;

        private Vuln(String id) {
            this.id = id;
        }

        public Vuln cvss(int version, double score) {
            scores.add(new Cvss(version, score, null));
            return this;
        }

        public Vuln reported(String severity) {
            reportedSeverity = severity;
            return this;
        }

        public Vuln kev() {
            kev = true;
            return this;
        }

        public Vuln suppressed(String justification) {
            suppressed = true;
            notes = justification;
            return this;
        }

        public Vuln range(AffectedRange... affected) {
            ranges.addAll(Arrays.asList(affected));
            return this;
        }

        public Vulnerability build() {
            return new Vulnerability(
                    id, "NVD", reportedSeverity, scores, kev, suppressed, List.of(), null, notes, ranges);
        }
    }

    public static Vuln vuln(String id) {
        return new Vuln(id);
    }

    /** A CVSS v3 scored vulnerability without ranges. */
    public static Vulnerability cve(String id, double cvss3) {
        return vuln(id).cvss(3, cvss3).build();
    }

    /** [start, endExcluding), not matched. */
    public static AffectedRange below(String startIncluding, String endExcluding) {
        return new AffectedRange(startIncluding, null, null, endExcluding, false);
    }

    /** [start, endExcluding), the range dependency-check matched. */
    public static AffectedRange matchedBelow(String startIncluding, String endExcluding) {
        return new AffectedRange(startIncluding, null, null, endExcluding, true);
    }

    /** A dependency named by one package id (purl or GAV), file name derived from it. */
    public static VulnerableDependency dependency(String packageId, Vulnerability... vulnerabilities) {
        return dependency(packageId, List.of(), List.of(), vulnerabilities);
    }

    public static VulnerableDependency dependency(
            String packageId,
            List<String> projectReferences,
            List<String> includedBy,
            Vulnerability... vulnerabilities) {
        String file = packageId.substring(packageId.lastIndexOf('/') + 1).replace('@', '-') + ".jar";
        return new VulnerableDependency(
                file, "/repo/" + file, List.of(packageId), List.of(vulnerabilities), projectReferences, includedBy);
    }

    /** A SARIF result of a scanner; {@code securitySeverity} null for none. */
    public static SarifResult result(
            String tool, String ruleId, String level, Double securitySeverity, boolean tagged, String file, int line) {
        return new SarifResult(
                tool,
                ruleId,
                level,
                securitySeverity,
                tagged,
                "message of " + ruleId,
                file == null ? null : new Location(file, line),
                null,
                null,
                List.of(),
                false,
                null,
                false);
    }

    public static SarifResult suppressed(SarifResult result, String justification) {
        return new SarifResult(
                result.tool(),
                result.ruleId(),
                result.level(),
                result.securitySeverity(),
                result.securityTagged(),
                result.message(),
                result.location(),
                result.logicalLocation(),
                result.ruleDescription(),
                result.scores(),
                true,
                justification,
                result.knownExploited());
    }

    public static Collected<SarifReport> scanners(SarifResult... results) {
        List<String> tools =
                Arrays.stream(results).map(SarifResult::tool).distinct().toList();
        return Collected.read(
                new SarifReport(tools, List.of(results)),
                List.of(new EvidenceRecord("sarif", "target/scan.sarif", EvidenceStatus.READ, "")));
    }

    public static ProjectEvidence withAudit(Collected<AuditEvidence> audit) {
        return new ProjectEvidence(
                EvidenceFixtures.coverage(90, 10, 8, 2),
                EvidenceFixtures.tests(12, 0, 0, 0),
                audit,
                EvidenceFixtures.noScanners());
    }

    public static ProjectEvidence withScanners(Collected<SarifReport> scanners) {
        return new ProjectEvidence(
                EvidenceFixtures.coverage(90, 10, 8, 2),
                EvidenceFixtures.tests(12, 0, 0, 0),
                EvidenceFixtures.missing(EvidenceStatus.NOT_APPLICABLE, "dependency-check", "target", ""),
                scanners);
    }

    public static ProjectEvidence with(Collected<AuditEvidence> audit, Collected<SarifReport> scanners) {
        return new ProjectEvidence(
                EvidenceFixtures.coverage(90, 10, 8, 2), EvidenceFixtures.tests(12, 0, 0, 0), audit, scanners);
    }

    /** The rule alone, as the engine calls it (the policy's settings for the rule), before any WARN downgrade. */
    public static RuleOutcome run(Rule rule, ProjectEvidence evidence, Policy policy) {
        return RuleRun.run(rule, evidence, policy);
    }

    public static RuleOutcome run(Rule rule, ProjectEvidence evidence) {
        return run(rule, evidence, EvidenceFixtures.POLICY);
    }

    /** The real dependency-check 12.2.2 JSON report of schemaspy (229 dependencies, 12 vulnerable, 44 active). */
    public static DependencyAudit schemaspy() throws Exception {
        return realAudit("dc-json-12.2.2-schemaspy");
    }

    /** A real dependency-check JSON report of the fixtures, as the collector would read it. */
    public static DependencyAudit realAudit(String folder) throws Exception {
        try (InputStream in = resource(folder + "/dependency-check-report.json")) {
            return new DependencyCheckJsonReader().read(in, Path.of("target/dependency-check-report.json"));
        }
    }

    /** A real SARIF log of the fixtures, e.g. "sarif-codeql-2.11.0-altoroj/java.sarif". */
    public static SarifReport realSarif(String path) throws Exception {
        try (InputStream in = resource(path)) {
            return new SarifReader().read(in, Path.of("target/" + Path.of(path).getFileName()));
        }
    }

    private static InputStream resource(String path) {
        return SecurityFixtures.class.getClassLoader().getResourceAsStream("real-reports/" + path);
    }

    public static VulnerableDependency schemaspyDependency(String fileName) throws Exception {
        return schemaspy().vulnerable().stream()
                .filter(d -> d.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " not in the schemaspy report"));
    }
}
