package io.github.readiness.maven.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.report.DisplayText;
import io.github.readiness.rules.report.Effort;
import io.github.readiness.rules.score.Roadmap;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** The page's sections about findings: blockers, other, waived, the roadmap ({@link EvidenceSection}: the evidence). */
final class FindingSections {
    private final Sink sink;
    private final Scorecard card;
    private final ReportLabels labels;

    FindingSections(Sink sink, Scorecard card, ReportLabels labels) {
        this.sink = sink;
        this.card = card;
        this.labels = labels;
    }

    void blockersAndOthers() {
        findings(labels.get("findings.blockers"), card.blockers());
        findings(labels.get("findings.other"), card.nonBlocking());
    }

    private void findings(String title, List<Finding> findings) {
        SinkTable.section(sink, 2, title);
        if (findings.isEmpty()) {
            SinkTable.paragraph(sink, labels.get("findings.none"));
        } else {
            SinkTable table = SinkTable.start(
                    sink,
                    labels.get("findings.severity"),
                    labels.get("findings.rule"),
                    labels.get("findings.finding"),
                    labels.get("findings.measured"),
                    labels.get("findings.expected"),
                    labels.get("findings.fix"),
                    labels.get("findings.effort"));
            for (Finding f : findings) {
                table.row(
                        f.severity().name(),
                        f.rule(),
                        message(f),
                        DisplayText.measured(f),
                        DisplayText.expected(f),
                        f.remediation(),
                        Effort.format(f.effortMinutes()));
            }
            table.end();
        }
        sink.section_(2);
    }

    /** Left out when the policy has no waiver and nothing is waived, as in readiness.md. */
    void waived() {
        List<Finding> waived = card.waived();
        if (waived.isEmpty() && card.waivers().isEmpty()) {
            return;
        }
        SinkTable.section(sink, 2, labels.get("waived.title"));
        if (waived.isEmpty()) {
            SinkTable.paragraph(sink, labels.get("findings.none"));
        } else {
            SinkTable.paragraph(sink, labels.get("waived.intro"));
            SinkTable table = SinkTable.start(
                    sink,
                    labels.get("findings.severity"),
                    labels.get("findings.rule"),
                    labels.get("findings.finding"),
                    labels.get("waived.reason"),
                    labels.get("waived.owner"),
                    labels.get("waived.expires"),
                    labels.get("waived.daysLeft"));
            for (Finding f : waived) {
                WaiverNote note = f.waiver();
                table.row(
                        f.severity().name(),
                        f.rule(),
                        message(f),
                        note == null ? "-" : note.reason(),
                        note == null ? "-" : note.owner(),
                        note == null ? "-" : note.expires().toString(),
                        note == null ? "-" : String.valueOf(note.daysLeft()));
            }
            table.end();
        }
        if (!card.waivers().isEmpty()) {
            SinkTable.paragraph(sink, labels.get("waivers.title"));
            SinkTable table = SinkTable.start(
                    sink,
                    labels.get("findings.rule"),
                    labels.get("waivers.match"),
                    labels.get("waivers.state"),
                    labels.get("waived.expires"),
                    labels.get("waived.daysLeft"),
                    labels.get("waivers.matched"),
                    labels.get("waivers.warning"));
            for (WaiverStatus status : card.waivers()) {
                table.row(
                        status.waiver().rule(),
                        status.waiver().match() == null ? "-" : status.waiver().match(),
                        status.state().id(),
                        status.waiver().expires().toString(),
                        String.valueOf(status.daysLeft()),
                        String.valueOf(status.matched()),
                        status.warning() == null ? "-" : status.warning());
            }
            table.end();
        }
        sink.section_(2);
    }

    /** The phases of {@link Scorecard#roadmap()}, each with its weeks, effort and findings. */
    void roadmap() {
        SinkTable.section(sink, 2, labels.get("roadmap.title"));
        Roadmap roadmap = card.roadmap();
        if (roadmap.isEmpty()) {
            SinkTable.paragraph(sink, labels.get("roadmap.nothing"));
            sink.section_(2);
            return;
        }
        SinkTable.paragraph(sink, labels.get("roadmap.intro"));
        SinkTable table = SinkTable.start(
                sink,
                labels.get("roadmap.phase"),
                labels.get("roadmap.weeks"),
                labels.get("roadmap.findings"),
                labels.get("roadmap.effort"));
        for (Roadmap.Phase phase : roadmap.phases()) {
            table.row(
                    phase.number() + ". " + labels.get("roadmap." + phase.kind().name()),
                    phase.weeks(),
                    String.valueOf(phase.findings().size()),
                    Effort.format(phase.effortMinutes()));
        }
        table.end();
        for (Roadmap.Phase phase : roadmap.phases()) {
            SinkTable.section(
                    sink,
                    3,
                    phase.number() + ". "
                            + labels.get("roadmap." + phase.kind().name()) + " (" + phase.weeks() + ", "
                            + Effort.format(phase.effortMinutes()) + ")");
            sink.numberedList(Sink.NUMBERING_DECIMAL);
            for (Finding f : phase.findings()) {
                sink.numberedListItem();
                sink.text("[" + f.severity() + "] " + f.rule() + " (" + Effort.format(f.effortMinutes()) + "): "
                        + f.remediation() + " (" + message(f) + ")");
                sink.numberedListItem_();
            }
            sink.numberedList_();
            sink.section_(3);
        }
        SinkTable.paragraph(sink, labels.format("roadmap.total", Effort.format(roadmap.totalEffortMinutes())));
        sink.section_(2);
    }

    private String message(Finding f) {
        String where = f.location() == null ? "" : " (" + f.location() + ")";
        boolean known = card.baseline() != null && card.baseline().isKnown(f);
        return f.message() + where + (known ? " [" + labels.get("findings.known") + "]" : "");
    }
}
