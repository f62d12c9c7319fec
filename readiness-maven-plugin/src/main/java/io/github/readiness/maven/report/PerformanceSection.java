package io.github.readiness.maven.report;

import io.github.readiness.rules.report.PerformanceText;
import io.github.readiness.rules.score.PerformanceMeasurements;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/**
 * The site page's performance section: per load-test scenario p50/p95/p99, error rate, throughput and the budget
 * verdict; per JMH benchmark the score, the baseline's and the change. Each table only when it has rows, the section
 * only with performance results. A table says it all: no chart.
 */
final class PerformanceSection {
    private PerformanceSection() {}

    static void write(Sink sink, Scorecard card, ReportLabels labels) {
        PerformanceMeasurements performance = card.measurements().performance();
        if (performance.isEmpty()) {
            return;
        }
        SinkTable.section(sink, 2, labels.get("performance.title"));
        if (!performance.scenarios().isEmpty()) {
            SinkTable.paragraph(sink, labels.get("performance.scenarios"));
            table(sink, PerformanceText.BUDGET_HEADER, PerformanceText.budgetRows(performance, card.findings()));
        }
        if (!performance.benchmarks().isEmpty()) {
            SinkTable.paragraph(sink, labels.get("performance.benchmarks"));
            table(sink, PerformanceText.BENCHMARK_HEADER, PerformanceText.benchmarkRows(performance));
        }
        sink.section_(2);
    }

    private static void table(Sink sink, List<String> header, List<List<String>> rows) {
        SinkTable table = SinkTable.start(sink, header.toArray(String[]::new));
        rows.forEach(row -> table.row(row.toArray(String[]::new)));
        table.end();
    }
}
