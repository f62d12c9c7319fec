package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.ReportGoldenTest.assertGolden;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF and JUnit output against golden files, from the same scorecards as the Markdown golden test. To update after
 * an intended change, run with -Dreadiness.updateGolden=true and review the diff of src/test/resources/golden.
 */
class MachineReportGoldenTest {
    @Test
    void sarifMatchesGoldenFile() throws IOException {
        assertGolden("readiness.sarif", render(SarifRenderer::write, ReportGoldenTest.notReadyCard()));
    }

    @Test
    void sarifWithWaiversMatchesGoldenFile() throws IOException {
        assertGolden("readiness-waived.sarif", render(SarifRenderer::write, ReportGoldenTest.waivedCard()));
    }

    @Test
    void junitMatchesGoldenFile() throws IOException {
        assertGolden("TEST-readiness.xml", render(JunitRenderer::write, ReportGoldenTest.notReadyCard()));
    }

    @Test
    void junitWithWaiversMatchesGoldenFile() throws IOException {
        assertGolden("TEST-readiness-waived.xml", render(JunitRenderer::write, ReportGoldenTest.waivedCard()));
    }

    @Test
    void stepSummaryMatchesGoldenFile() {
        assertGolden(
                "step-summary.md",
                StepSummary.markdown(ReportGoldenTest.notReadyCard(), "target/readiness/readiness.md"));
    }

    @Test
    void everyFormatWritesItsFileByteIdenticallyAndGithubWritesNone(@TempDir Path first, @TempDir Path second)
            throws IOException {
        EnumSet<OutputFormat> all = EnumSet.allOf(OutputFormat.class);
        List<Path> written = ReportFiles.writeAll(ReportGoldenTest.notReadyCard(), first, all);
        ReportFiles.writeAll(ReportGoldenTest.notReadyCard(), second, all);
        List<String> names = List.of("readiness.json", "readiness.md", "readiness.sarif", "TEST-readiness.xml");
        assertEquals(
                names, written.stream().map(p -> p.getFileName().toString()).toList(), "in the enum's order");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        try (var files = Files.list(first)) {
            assertEquals(
                    names.stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind, and GITHUB writes no file");
        }
    }

    @Test
    void onlyTheRequestedFormatsAreWritten(@TempDir Path dir) throws IOException {
        List<Path> written = ReportFiles.writeAll(
                ReportGoldenTest.notReadyCard(), dir, EnumSet.of(OutputFormat.SARIF, OutputFormat.GITHUB));
        assertEquals(List.of(dir.resolve("readiness.sarif")), written);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void twoArgumentWriteAllStillWritesJsonAndMarkdown(@TempDir Path dir) throws IOException {
        ReportFiles.writeAll(ReportGoldenTest.notReadyCard(), dir);
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("readiness.json", "readiness.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    static String render(ReportFiles.Renderer renderer, Scorecard card) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(card, out);
        return out.toString();
    }
}
