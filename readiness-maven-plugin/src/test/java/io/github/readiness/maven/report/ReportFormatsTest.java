package io.github.readiness.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.report.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {
    @Test
    void jsonIsAlwaysWrittenBecauseOtherGoalsReadItBack() throws MojoExecutionException {
        assertEquals(EnumSet.of(OutputFormat.JSON, OutputFormat.SARIF), ReportFormats.parse(List.of("SARIF")));
        assertEquals(EnumSet.of(OutputFormat.JSON), ReportFormats.parse(List.of()));
        assertEquals(EnumSet.of(OutputFormat.JSON), ReportFormats.parse(null));
        assertEquals(
                EnumSet.allOf(OutputFormat.class),
                ReportFormats.parse(List.of("JSON,MARKDOWN,SARIF,JUNIT,GITHUB")),
                "the default value");
    }

    @Test
    void filesOfFormatsNotChosenAreDeletedAndOthersKept(@TempDir Path dir) throws Exception {
        for (String name :
                List.of("readiness.json", "readiness.md", "readiness.sarif", "TEST-readiness.xml", "other.txt")) {
            Files.writeString(dir.resolve(name), "from an earlier build");
        }
        ReportFormats.deleteUnselected(dir, EnumSet.of(OutputFormat.JSON, OutputFormat.SARIF, OutputFormat.GITHUB));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("other.txt", "readiness.json", "readiness.sarif"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnknownFormatIsOneLineNamingTheParameterAndTheValidValues() {
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> ReportFormats.parse(List.of("JSON,XML")));
        assertEquals(
                "readiness.formats: unknown format 'XML': use one or more of JSON, MARKDOWN, SARIF, JUNIT, GITHUB,"
                        + " comma-separated",
                e.getMessage());
    }

    /**
     * -Dreadiness.formats=HTML (issue 17 item 3): Maven's error line appends each cause's message it does not already
     * contain, so no cause may carry "No enum constant ...".
     */
    @Test
    void noCauseAddsAMessageToMavensErrorLine() {
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> ReportFormats.parse(List.of("HTML")));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            assertTrue(e.getMessage().contains(cause.getMessage()), cause.getMessage());
        }
        assertFalse(e.getMessage().contains("No enum constant"), e.getMessage());
    }
}
