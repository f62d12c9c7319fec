package io.github.readiness.maven.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site page's performance tables, from the engine's golden readiness.json holding performance figures. */
class PerformanceSectionTest {
    @Test
    void scenariosWithTheirBudgetVerdictAndBenchmarksWithTheirBaseline() throws Exception {
        // Doxia alternates row classes: without them the rows read as the table shows them
        String html = ReadinessReportRendererTest.render(
                        ReadinessReportRendererTest.card("readiness-performance.json"), Map.of())
                .replace(" class=\"a\"", "")
                .replace(" class=\"b\"", "");
        assertTrue(html.contains(">Performance</h2>"), html);
        assertTrue(
                html.contains("<tr><th>Scenario</th><th>p50</th><th>p95</th><th>p99</th><th>Error rate</th>"
                        + "<th>Throughput</th><th>Budget</th></tr>"
                        + "<tr><td>checkout</td><td>300</td><td>950</td><td>1800</td><td>6 %</td><td>40/s</td>"
                        + "<td>missed p95 (blocking)</td></tr>"),
                html);
        assertTrue(
                html.contains("<tr><td>a.B.parse</td><td>avgt</td><td>2.5 &#xb1; 0.04 ms/op</td>"
                        + "<td>2 &#xb1; 0.05 ms/op</td><td>+25 %</td></tr>"),
                html);
    }

    @Test
    void noSectionWithoutPerformanceResults() throws Exception {
        String html = ReadinessReportRendererTest.render(ReadinessReportRendererTest.card("readiness.json"), Map.of());
        assertFalse(html.contains(">Performance</h2>"), html);
        assertFalse(html.contains("<th>Budget</th>"), html);
    }
}
