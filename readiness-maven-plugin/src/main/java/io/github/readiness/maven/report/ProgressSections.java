package io.github.readiness.maven.report;

import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.report.DisplayText;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.BaselineDelta.CategoryChange;
import io.github.readiness.rules.score.BaselineDelta.RatioChange;
import org.apache.maven.doxia.sink.Sink;

/** The page's sections about progress: the comparison with the baseline and the maturity level. */
final class ProgressSections {
    private final Sink sink;
    private final ReportLabels labels;

    ProgressSections(Sink sink, ReportLabels labels) {
        this.sink = sink;
        this.labels = labels;
    }

    void baseline(BaselineDelta baseline) {
        SinkTable.section(sink, 2, labels.get("baseline.title"));
        SinkTable.paragraph(sink, labels.format("baseline.intro", baseline.file()));
        SinkTable table = SinkTable.start(
                sink,
                labels.get("baseline.measure"),
                labels.get("baseline.was"),
                labels.get("baseline.now"),
                labels.get("baseline.change"));
        table.row(
                labels.get("baseline.score"),
                DisplayText.categoryScore(baseline.score().was()),
                DisplayText.categoryScore(baseline.score().now()),
                signed(baseline.score().delta()));
        for (CategoryChange change : baseline.categories()) {
            table.row(
                    change.category().displayName(),
                    DisplayText.categoryScore(change.was()),
                    DisplayText.categoryScore(change.now()),
                    signed(change.delta()));
        }
        ratioRow(table, labels.get("baseline.lineCoverage"), baseline.lineCoverage());
        ratioRow(table, labels.get("baseline.branchCoverage"), baseline.branchCoverage());
        table.end();
        sink.section_(2);
    }

    void maturity(MaturityAssessment maturity) {
        SinkTable.section(sink, 2, labels.get("maturity.title"));
        String none = labels.get("maturity.none");
        SinkTable.start(
                        sink,
                        labels.get("maturity.level"),
                        labels.get("maturity.required"),
                        labels.get("maturity.next"),
                        labels.get("maturity.missing"))
                .row(
                        maturity.level().displayName(),
                        maturity.required() == null ? none : maturity.required().displayName(),
                        maturity.next() == null ? none : maturity.next().displayName(),
                        maturity.missing().isEmpty() ? none : String.join("; ", maturity.missing()))
                .end();
        sink.section_(2);
    }

    private static void ratioRow(SinkTable table, String measure, RatioChange change) {
        table.row(
                measure,
                percent(change.was()),
                percent(change.now()),
                change.delta() == null
                        ? "-"
                        : (change.delta() > 0 ? "+" : "")
                                + DisplayText.number(Math.round(change.delta() * 10000) / 100.0));
    }

    private static String percent(Double ratio) {
        return ratio == null ? "-" : Percent.measured(ratio);
    }

    private static String signed(Integer delta) {
        return delta == null ? "-" : (delta > 0 ? "+" : "") + delta;
    }
}
