package io.github.readiness.maven.report;

import io.github.readiness.rules.checklist.AttestationProblem;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.checklist.ItemStatus;
import io.github.readiness.rules.report.ChecklistText;
import org.apache.maven.doxia.sink.Sink;

/** The site page's checklist section: the summary, then one item a line as readiness.md prints it. */
final class ChecklistSection {
    private ChecklistSection() {}

    static void write(Sink sink, ChecklistJudgement checklist, ReportLabels labels) {
        if (checklist.isEmpty()) {
            return;
        }
        SinkTable.section(sink, 2, labels.get("checklist.title"));
        SinkTable.paragraph(sink, ChecklistText.summary(checklist) + ".");
        sink.list();
        for (ItemStatus status : checklist.items()) {
            sink.listItem();
            sink.text(ChecklistText.line(status));
            sink.listItem_();
        }
        for (AttestationProblem problem : checklist.problems()) {
            sink.listItem();
            sink.text(problem.message());
            sink.listItem_();
        }
        sink.list_();
        sink.section_(2);
    }
}
