package io.github.readiness.maven.report;

import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.score.Scorecard;
import java.time.Duration;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;

/**
 * The page's "evidence used" section: a table of the evidence the evaluation read, with each file's age. Apart from
 * {@link FindingSections} because it shows what was read, not what was found.
 */
final class EvidenceSection {
    private final Sink sink;
    private final Scorecard card;
    private final ReportLabels labels;

    EvidenceSection(Sink sink, Scorecard card, ReportLabels labels) {
        this.sink = sink;
        this.card = card;
        this.labels = labels;
    }

    /** Each piece of evidence: where it was looked for, how old it was when the build started, what was found. */
    void write(Map<String, Duration> ages) {
        SinkTable.section(sink, 2, labels.get("evidence.title"));
        SinkTable table = SinkTable.start(
                sink,
                labels.get("evidence.source"),
                labels.get("evidence.path"),
                labels.get("evidence.age"),
                labels.get("evidence.status"),
                labels.get("evidence.detail"));
        for (EvidenceRecord record : card.evidence()) {
            table.row(
                    record.source(),
                    record.path(),
                    age(ages.get(record.path())),
                    record.status().name(),
                    record.detail());
        }
        table.end();
        sink.section_(2);
    }

    private String age(Duration age) {
        if (age == null) {
            return labels.get("evidence.unknownAge");
        }
        if (age.isNegative()) {
            return labels.get("age.thisBuild");
        }
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return labels.get("age.justNow");
        }
        if (minutes < 60) {
            return labels.format("age.minutes", String.valueOf(minutes));
        }
        return minutes < 48 * 60
                ? labels.format("age.hours", String.valueOf(minutes / 60))
                : labels.format("age.days", String.valueOf(minutes / (24 * 60)));
    }
}
