package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GitHub Actions job summary and annotations, with the environment as a map. */
class GithubActionsTest {
    private static final Map<String, String> ACTIONS = Map.of("GITHUB_ACTIONS", "true");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "plain text            | plain text            | plain text",
                "100% done             | 100%25 done           | 100%25 done",
                "a:b,c                 | a:b,c                 | a%3Ab%2Cc",
                "\"line1\nline2\"      | line1%0Aline2         | line1%0Aline2",
                "\"cr\rlf\"            | cr%0Dlf               | cr%0Dlf",
                "%0A is not a newline  | %250A is not a newline| %250A is not a newline",
                "::error::injected     | ::error::injected     | %3A%3Aerror%3A%3Ainjected",
            })
    void escapesAsTheActionsToolkitDoes(String text, String data, String property) {
        assertEquals(data, GithubActions.data(text));
        assertEquals(property, GithubActions.property(text));
    }

    @Test
    void blockersAreErrorsAndHighFindingsWarningsAtLineStart() {
        List<String> lines = GithubActions.annotations(ReportGoldenTest.notReadyCard(), ACTIONS, Path.of("/ws"));
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals(4, lines.stream().filter(l -> l.startsWith("::error ")).count(), "4 blockers");
        assertEquals(1, lines.stream().filter(l -> l.startsWith("::warning ")).count(), "the HIGH CVE-2024-22262");
        assertEquals(
                "::error file=target/surefire-reports/TEST-com.acme.pay.RefundTest.xml,title=Readiness blocker%3A"
                        + " tests.failures::[HIGH] test com.acme.pay.RefundTest#refundsTwice fails: expected: <1> but was: <2>"
                        + "%0AFix (~30 min): Fix the code or the test; do not ship with testFailureIgnore hiding red tests.",
                lines.get(3));
        assertTrue(
                lines.get(0).startsWith("::error title=Readiness blocker%3A security.vulnerabilities::[CRITICAL]"),
                "no file when the finding has no location: " + lines.get(0));
    }

    @Test
    void nothingOutsideGithubActions() {
        Scorecard card = ReportGoldenTest.notReadyCard();
        assertEquals(List.of(), GithubActions.annotations(card, Map.of(), Path.of(".")));
        assertEquals(List.of(), GithubActions.annotations(card, Map.of("GITHUB_ACTIONS", "false"), Path.of(".")));
    }

    @Test
    void aModulesPathsAreRelativeToTheWorkspaceWithTheLine(@TempDir Path workspace) {
        Scorecard card = card(List.of(finding(Severity.HIGH, true, new Location("src/main/java/A.java", 42))));
        List<String> lines = GithubActions.annotations(
                card,
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", workspace.toString()),
                workspace.resolve("services/pay"));
        assertTrue(
                lines.get(0).startsWith("::error file=services/pay/src/main/java/A.java,line=42,title="), lines.get(0));
        assertEquals("", GithubActions.modulePrefix(workspace.toString(), workspace));
        assertEquals("", GithubActions.modulePrefix(workspace.toString(), Path.of("/elsewhere")));
        assertEquals("", GithubActions.modulePrefix(null, workspace));
    }

    @Test
    void annotationsAreCappedPerKindWithOneLineCountingTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            findings.add(finding(Severity.HIGH, true, null));
            findings.add(finding(Severity.CRITICAL, false, null));
        }
        findings.add(finding(Severity.MEDIUM, false, null));
        List<String> lines = GithubActions.annotations(card(findings), ACTIONS, Path.of("."));
        assertEquals(21, lines.size());
        assertEquals(10, lines.stream().filter(l -> l.startsWith("::error ")).count());
        assertEquals(10, lines.stream().filter(l -> l.startsWith("::warning ")).count());
        assertEquals(
                "::notice title=Readiness::3 more blocking and 3 more HIGH findings are not annotated: see the job"
                        + " summary or readiness.md",
                lines.get(20));
    }

    @Test
    void theSummaryIsAppendedNotOverwritten(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("step_summary.md");
        Files.writeString(summary, "# Build\n\nearlier step\n");
        Path written = GithubActions.appendSummary(
                ReportGoldenTest.notReadyCard(),
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                "target/readiness/readiness.md");
        assertEquals(summary, written);
        String expected = "# Build\n\nearlier step\n"
                + StepSummary.markdown(ReportGoldenTest.notReadyCard(), "target/readiness/readiness.md");
        assertEquals(expected, Files.readString(summary, StandardCharsets.UTF_8));
        GithubActions.appendSummary(
                ReportGoldenTest.waivedCard(),
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                "target/readiness/readiness.md");
        assertTrue(Files.readString(summary).startsWith(expected), "a second module appends below the first");
    }

    @Test
    void theSummaryFileIsCreatedWhenMissingAndNothingIsWrittenWithoutTheVariable(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("new/summary.md");
        GithubActions.appendSummary(
                ReportGoldenTest.notReadyCard(), Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "r.md");
        assertTrue(Files.readString(summary).startsWith("## :x: Production readiness of com.acme:payments:1.4.0"));
        assertNull(GithubActions.appendSummary(ReportGoldenTest.notReadyCard(), Map.of(), "r.md"));
        assertNull(GithubActions.appendSummary(
                ReportGoldenTest.notReadyCard(), Map.of("GITHUB_STEP_SUMMARY", " "), "r.md"));
    }

    @Test
    void theSummaryStaysSmallHoweverManyFindings() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            findings.add(new Finding(
                    "quality.static-analysis",
                    Category.CODE_QUALITY,
                    Severity.HIGH,
                    i % 2 == 0,
                    "k" + i,
                    "x".repeat(10_000),
                    null,
                    null,
                    new Location("a/" + "b".repeat(500), 1),
                    "y".repeat(10_000),
                    5,
                    false));
        }
        String summary = StepSummary.markdown(card(findings), "target/readiness/readiness.md");
        assertTrue(summary.length() < 64 * 1024, "bounded well below GitHub's 1 MiB: " + summary.length());
        assertTrue(summary.contains("... and 2480 more in `target/readiness/readiness.md`."));
    }

    private static Finding finding(Severity severity, boolean blocking, Location location) {
        return new Finding(
                "quality.static-analysis",
                Category.CODE_QUALITY,
                severity,
                blocking,
                "k",
                "msg, with: colon",
                null,
                null,
                location,
                "fix",
                5,
                false);
    }

    /** The rich scorecard with other findings: annotations and the summary read nothing else. */
    private static Scorecard card(List<Finding> findings) {
        Scorecard base = ReportGoldenTest.notReadyCard();
        return Scorecard.builder(base.tool(), base.project())
                .score(base.score(), base.minScore())
                .verdict(base.verdict(), base.verdictReasons())
                .categories(base.categories())
                .findings(findings)
                .evidence(base.evidence())
                .rules(base.rules())
                .build();
    }
}
