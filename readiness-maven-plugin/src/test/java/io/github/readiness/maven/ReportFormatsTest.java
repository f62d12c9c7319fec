package io.github.readiness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.report.OutputFormat;
import java.util.EnumSet;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {
    @Test
    void jsonIsAlwaysWrittenBecauseOtherGoalsReadItBack() throws MojoExecutionException {
        assertEquals(EnumSet.of(OutputFormat.JSON, OutputFormat.SARIF), ReportFormats.parse(List.of("SARIF")));
        assertEquals(EnumSet.of(OutputFormat.JSON), ReportFormats.parse(List.of()));
        assertEquals(EnumSet.of(OutputFormat.JSON), ReportFormats.parse(null));
        assertEquals(EnumSet.allOf(OutputFormat.class),
                ReportFormats.parse(List.of("JSON,MARKDOWN,SARIF,JUNIT,GITHUB")), "the default value");
    }

    @Test
    void anUnknownFormatIsOneLineNamingTheParameterAndTheValidValues() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ReportFormats.parse(List.of("JSON,XML")));
        assertEquals("readiness.formats: unknown format 'XML': use one or more of JSON, MARKDOWN, SARIF, JUNIT, GITHUB,"
                + " comma-separated", e.getMessage());
    }
}
