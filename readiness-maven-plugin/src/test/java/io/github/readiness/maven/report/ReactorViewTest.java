package io.github.readiness.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorViewTest {
    @Test
    void readsTheModulesAndTheAggregatedCoverageOfAReactorResult() throws IOException {
        ReactorView view = read("""
                {"schemaVersion": 1, "modules": [
                  {"module": "root", "path": ".", "status": "checked", "score": 90, "verdict": "READY", "blockers": 0},
                  {"module": "legacy", "path": "legacy", "status": "not-built"}],
                 "reactor": {"aggregatedCoverage": {"source": "modules summed",
                   "coverage": {"line": {"covered": 26, "missed": 6, "ratio": 0.8125}}}}}
                """);
        assertEquals(
                List.of(
                        new ReactorView.ModuleRow("root", ".", "checked", "READY", "90", "0"),
                        new ReactorView.ModuleRow("legacy", "legacy", "not-built", "-", "-", "-")),
                view.modules());
        assertEquals("modules summed", view.coverageSource());
        assertEquals(List.of(new ReactorView.CoverageRow("line", 26, 6, "81.2 %")), view.coverage());
    }

    @Test
    void aModulesOwnResultHasNoReactorPart() throws IOException {
        assertNull(read("{\"schemaVersion\": 1, \"modules\": []}"));
        assertNull(read("{\"schemaVersion\": 1}"));
    }

    private static ReactorView read(String json) throws IOException {
        return ReactorView.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
