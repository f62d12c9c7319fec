package io.github.readiness.rules.report;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.audit;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.noScanners;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.ReadinessEngine;
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
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.Waivers;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renderers against golden files. To update after an intended change, run with -Dreadiness.updateGolden=true and
 * review the diff of src/test/resources/golden.
 */
class ReportGoldenTest {
    static Scorecard notReadyCard() {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        return engine.evaluate(PROJECT, notReadyEvidence(), engine.defaultPolicy(), TOOL);
    }

    static ProjectEvidence notReadyEvidence() {
        FailedTest failure = new FailedTest(
                "com.acme.pay.RefundTest",
                "refundsTwice",
                FailedTest.Kind.FAILURE,
                "org.opentest4j.AssertionFailedError",
                "expected: <1> but was: <2>",
                "target/surefire-reports/TEST-com.acme.pay.RefundTest.xml");
        Collected<TestEvidence> tests = Collected.read(
                new TestEvidence(new TestSummary(48, 1, 0, 2, 1, 3.25), List.of(failure), 6),
                List.of(
                        new EvidenceRecord("surefire", "target/surefire-reports", EvidenceStatus.READ, "6 reports"),
                        new EvidenceRecord(
                                "failsafe",
                                "target/failsafe-reports",
                                EvidenceStatus.NOT_AVAILABLE,
                                "no TEST-*.xml reports")));
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
        VulnerableDependency web = new VulnerableDependency(
                "spring-web-5.3.22.jar",
                "/m2/spring-web-5.3.22.jar",
                List.of("pkg:maven/org.springframework/spring-web@5.3.22"),
                List.of(dos, rce),
                List.of("Payments:compile"),
                List.of());
        return new ProjectEvidence(coverage(713, 287, 130, 70), tests, audit(40, web), noScanners());
    }

    /**
     * The same project on 2026-11-15 with one waiver in each state: active (the CRITICAL CVE), expiring in 5 days
     * (the failing test), expired (branch coverage), stale (a secret long gone) and too far ahead (line coverage).
     */
    static Scorecard waivedCard() {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Policy policy = engine.defaultPolicy()
                .withWaivers(new Waivers(
                        List.of(
                                new Waiver(
                                        "security.vulnerabilities",
                                        "CVE-2016-1000027",
                                        "not exploitable: no HttpInvoker endpoint (reviewed in SEC-142)",
                                        "payments-team",
                                        LocalDate.of(2027, 3, 31)),
                                new Waiver(
                                        "tests.failures",
                                        "refundsTwice",
                                        "fix in progress, PAY-881",
                                        "alice",
                                        LocalDate.of(2026, 11, 20)),
                                new Waiver(
                                        "coverage.branch",
                                        null,
                                        "legacy module",
                                        "payments-team",
                                        LocalDate.of(2026, 11, 1)),
                                new Waiver(
                                        "security.secrets",
                                        "src/main/resources/old.properties",
                                        "test key",
                                        "bob",
                                        LocalDate.of(2027, 1, 31)),
                                new Waiver(
                                        "coverage.line",
                                        null,
                                        "tests being written",
                                        "payments-team",
                                        LocalDate.of(2028, 1, 31))),
                        14,
                        365));
        return engine.evaluate(PROJECT, notReadyEvidence(), policy, TOOL, LocalDate.of(2026, 11, 15));
    }

    @Test
    void jsonMatchesGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(notReadyCard(), out);
        assertGolden("readiness.json", out.toString());
    }

    @Test
    void markdownMatchesGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        MarkdownRenderer.write(notReadyCard(), out);
        assertGolden("readiness.md", out.toString());
    }

    @Test
    void consoleSummaryMatchesGoldenFile() {
        assertGolden(
                "console.txt",
                String.join("\n", ConsoleSummary.lines(notReadyCard(), "target/readiness/readiness.md"))
                        + "\n--- failure ---\n"
                        + ConsoleSummary.failureMessage(notReadyCard(), "target/readiness/readiness.md") + "\n");
    }

    @Test
    void jsonWithWaiversMatchesGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(waivedCard(), out);
        assertGolden("readiness-waived.json", out.toString());
    }

    @Test
    void markdownWithWaiversMatchesGoldenFile() throws IOException {
        StringWriter out = new StringWriter();
        MarkdownRenderer.write(waivedCard(), out);
        assertGolden("readiness-waived.md", out.toString());
    }

    /** The INFO lines, then what the plugin logs at WARNING. */
    @Test
    void consoleSummaryWithWaiversMatchesGoldenFile() {
        Scorecard card = waivedCard();
        assertGolden(
                "console-waived.txt",
                String.join("\n", ConsoleSummary.lines(card, "target/readiness/readiness.md")) + "\n--- warnings ---\n"
                        + String.join("\n", ConsoleSummary.waiverWarnings(card)) + "\n");
    }

    @Test
    void sameEvidenceGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        ReportFiles.writeAll(notReadyCard(), first);
        ReportFiles.writeAll(notReadyCard(), second);
        for (String name : List.of(ReportFiles.JSON, ReportFiles.MARKDOWN)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        try (var files = Files.list(first)) {
            assertEquals(
                    List.of(ReportFiles.JSON, ReportFiles.MARKDOWN),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    static void assertGolden(String name, String actual) {
        Path source = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("readiness.updateGolden")) {
            try {
                Files.createDirectories(source.getParent());
                Files.writeString(source, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        try (InputStream in = ReportGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new AssertionError(
                        "golden file " + source + " is missing: run with -Dreadiness.updateGolden=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "golden file " + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
