package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.OutputFormat.GITHUB;
import static io.github.readiness.rules.report.OutputFormat.JSON;
import static io.github.readiness.rules.report.OutputFormat.JUNIT;
import static io.github.readiness.rules.report.OutputFormat.MARKDOWN;
import static io.github.readiness.rules.report.OutputFormat.SARIF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputFormatTest {
    @Test
    void parsesNamesCaseInsensitivelyAndSplitsOnCommas() {
        assertEquals(EnumSet.of(JSON), OutputFormat.parse(List.of("JSON")));
        assertEquals(EnumSet.of(JSON, SARIF), OutputFormat.parse(List.of("json", "Sarif")));
        assertEquals(
                EnumSet.of(SARIF, JUNIT, GITHUB),
                OutputFormat.parse(List.of("SARIF,JUNIT", "GITHUB")),
                "-Dreadiness.formats=SARIF,JUNIT may reach the mojo as one entry");
        assertEquals(EnumSet.of(JSON, MARKDOWN), OutputFormat.parse(Arrays.asList(" markdown ", "", null, "JSON,")));
        assertEquals(EnumSet.noneOf(OutputFormat.class), OutputFormat.parse(List.of()));
    }

    @ParameterizedTest
    @CsvSource({"XML", "HTML", "JSON;SARIF"})
    void anUnknownValueNamesItAndTheValidOnes(String value) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse(List.of("JSON", value)));
        assertEquals(
                "unknown format '" + value + "': use one or more of JSON, MARKDOWN, SARIF, JUNIT, GITHUB,"
                        + " comma-separated",
                e.getMessage());
    }
}
