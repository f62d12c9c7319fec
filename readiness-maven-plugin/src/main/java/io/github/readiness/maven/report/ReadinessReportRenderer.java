package io.github.readiness.maven.report;

import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.report.DisplayText;
import io.github.readiness.rules.report.Effort;
import io.github.readiness.rules.report.MeasurementsText;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Measurements;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;

/**
 * The "Production Readiness" site page, top to bottom: score and verdict with the conditions to reach READY, the
 * chart, categories, the measured numbers (coverage counters, test totals), the comparison with the baseline, maturity, blockers, other findings, waived findings, the
 * roadmap, the evidence and the policy in force. Formats the scorecard through the Doxia sink (the inline SVG chart
 * is the only raw markup); computes nothing.
 */
public final class ReadinessReportRenderer {
    private final Sink sink;
    private final ReportPage page;
    private final Scorecard card;
    private final ReportLabels labels;

    public ReadinessReportRenderer(Sink sink, ReportPage page, ReportLabels labels) {
        this.sink = sink;
        this.page = page;
        this.card = page.card();
        this.labels = labels;
    }

    /** The whole document: head with the title, body, then the sink is flushed and closed. */
    public void render() {
        sink.head();
        sink.title();
        sink.text(getTitle());
        sink.title_();
        sink.head_();
        sink.body();
        renderBody();
        sink.body_();
        sink.flush();
        sink.close();
    }

    public String getTitle() {
        return labels.format("report.title", page.projectName());
    }

    private void renderBody() {
        SinkTable.section(sink, 1, getTitle());
        summary();
        chart();
        categories();
        if (page.reactor() != null) {
            new ReactorSections(sink, labels).render(page.reactor());
        }
        measured();
        PerformanceSection.write(sink, card, labels);
        ProgressSections progress = new ProgressSections(sink, labels);
        if (card.baseline() != null) {
            progress.baseline(card.baseline());
        }
        if (card.maturity() != null) {
            progress.maturity(card.maturity());
        }
        FindingSections findings = new FindingSections(sink, card, labels);
        findings.blockersAndOthers();
        findings.waived();
        ChecklistSection.write(sink, card.checklist(), labels);
        findings.roadmap();
        new EvidenceSection(sink, card, labels).write(page.evidenceAges());
        policy();
        SinkTable.section(sink, 2, labels.get("formula.title"));
        SinkTable.paragraph(sink, ScoreCalculator.FORMULA);
        SinkTable.paragraph(
                sink,
                labels.format(
                        "formula.rules", card.rules().stream().map(r -> r.id()).collect(Collectors.joining(", "))));
        if (!card.rulesOff().isEmpty()) {
            SinkTable.paragraph(
                    sink,
                    labels.format("formula.rulesOff", card.rulesOff().size(), String.join(", ", card.rulesOff())));
        }
        SinkTable.paragraph(
                sink,
                labels.format(
                        "footer.generated", card.tool().name(), card.tool().version()));
        sink.section_(2);
        sink.section_(1);
    }

    private void summary() {
        SinkTable.section(sink, 2, labels.get("summary.title"));
        SinkTable.start(
                        sink,
                        labels.get("summary.verdict"),
                        labels.get("summary.score"),
                        labels.get("summary.minScore"),
                        labels.get("summary.blockers"),
                        labels.get("summary.effort"))
                .row(
                        labels.get("verdict." + card.verdict().name()),
                        DisplayText.score(card.score()),
                        String.valueOf(card.minScore()),
                        String.valueOf(card.blockers().size()),
                        Effort.format(card.totalEffortMinutes()))
                .end();
        if (card.verdictReasons().isEmpty()) {
            SinkTable.paragraph(sink, labels.get("summary.ready"));
        } else {
            SinkTable.paragraph(sink, labels.get("summary.toReady"));
            sink.list();
            for (String reason : card.verdictReasons()) {
                sink.listItem();
                sink.text(reason);
                sink.listItem_();
            }
            sink.list_();
        }
        sink.section_(2);
    }

    /** The chart: the one piece of raw markup, generated here, well-formed, with its own title for screen readers. */
    private void chart() {
        sink.figure();
        sink.rawText(ReadinessChart.svg(card, labels));
        sink.figureCaption();
        sink.text(labels.get("chart.caption"));
        sink.figureCaption_();
        sink.figure_();
    }

    private void categories() {
        SinkTable.section(sink, 2, labels.get("categories.title"));
        SinkTable table = SinkTable.start(
                sink,
                labels.get("categories.category"),
                labels.get("categories.score"),
                labels.get("categories.weight"),
                labels.get("categories.findings"),
                labels.get("categories.blockers"),
                labels.get("categories.effort"));
        for (CategoryScore category : card.categories()) {
            table.row(
                    category.category().displayName(),
                    DisplayText.categoryScore(category.score()),
                    String.valueOf(category.weight()),
                    String.valueOf(category.findings()),
                    String.valueOf(category.blockers()),
                    Effort.format(category.effortMinutes()));
        }
        table.end();
        sink.section_(2);
    }

    /** The six JaCoCo counters and the test totals per source, whether or not a rule fired. */
    private void measured() {
        Measurements measured = card.measurements();
        SinkTable.section(sink, 2, labels.get("measured.title"));
        if (measured.hasCoverage()) {
            SinkTable.paragraph(
                    sink, labels.format("measured.coverage", measured.coverageSource(), MeasurementsText.ROUNDING));
            SinkTable table = SinkTable.start(sink, MeasurementsText.COVERAGE_HEADER.toArray(String[]::new));
            MeasurementsText.coverageRows(measured).forEach(row -> table.row(row.toArray(String[]::new)));
            table.end();
        } else {
            SinkTable.paragraph(sink, labels.get("measured.noCoverage"));
        }
        if (measured.tests().isEmpty()) {
            SinkTable.paragraph(sink, labels.get("measured.noTests"));
        } else {
            SinkTable.paragraph(sink, labels.get("measured.tests"));
            SinkTable table = SinkTable.start(sink, MeasurementsText.TESTS_HEADER.toArray(String[]::new));
            MeasurementsText.testRows(measured).forEach(row -> table.row(row.toArray(String[]::new)));
            table.end();
        }
        sink.section_(2);
    }

    private void policy() {
        SinkTable.section(sink, 2, labels.get("policy.title"));
        SinkTable.paragraph(sink, labels.get("policy.intro"));
        SinkTable table = SinkTable.start(
                sink, labels.get("policy.setting"), labels.get("policy.value"), labels.get("policy.origin"));
        for (PolicyListing.Value value : page.policy()) {
            table.row(value.name(), value.shown(), value.origin());
        }
        table.end();
        sink.section_(2);
    }
}
