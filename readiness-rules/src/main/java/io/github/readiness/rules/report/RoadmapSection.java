package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.score.Roadmap;
import io.github.readiness.rules.score.Roadmap.Phase;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The remediation roadmap ({@link Scorecard#roadmap()}) in the console, Markdown and JSON: phases with their effort
 * and weeks for one engineer, the same numbers in every renderer. Formats; computes nothing.
 */
final class RoadmapSection {
    private RoadmapSection() {}

    /** "Phase 1: Fix the blockers (Week 1, ~2 d)". */
    static String heading(Phase phase) {
        return phase.title() + " (" + phase.weeks() + ", " + effort(phase.effortMinutes()) + ")";
    }

    /** "~5 d, weeks 1-2 for one engineer"; "~3 h, week 1 for one engineer". */
    static String total(Roadmap roadmap) {
        int weeks = roadmap.lastWeek();
        return Effort.format(roadmap.totalEffortMinutes()) + ", " + (weeks <= 1 ? "week 1" : "weeks 1-" + weeks)
                + " for one engineer";
    }

    /** "Test Coverage: ~1 d", as audits write it: the categories with effort, in the category table's order. */
    static List<String> byCategory(Scorecard card) {
        return card.categories().stream()
                .filter(c -> c.effortMinutes() > 0)
                .map(c -> c.category().displayName() + ": " + Effort.format(c.effortMinutes()))
                .toList();
    }

    /** The build log's lines: a header, then one line per phase. */
    static List<String> consoleLines(Scorecard card) {
        Roadmap roadmap = card.roadmap();
        List<String> lines = new ArrayList<>();
        if (roadmap.isEmpty()) {
            return lines;
        }
        lines.add("Roadmap (" + total(roadmap) + "):");
        for (Phase phase : roadmap.phases()) {
            lines.add("  " + phase.title() + ", " + count(phase.findings().size()) + ", "
                    + effort(phase.effortMinutes()) + " (" + phase.weeks().toLowerCase(Locale.ROOT) + ")");
        }
        return lines;
    }

    /**
     * The "Remediation plan" section: per phase a heading and one line per finding, naming the finding by its number in
     * the lists above (the message and the fix are there, not repeated here), then the total.
     */
    static void markdown(Scorecard card, FindingsMarkdown findings, StringBuilder md) {
        md.append("## Remediation plan\n\n");
        Roadmap roadmap = card.roadmap();
        if (roadmap.isEmpty()) {
            md.append("Nothing to do.\n\n");
            return;
        }
        for (Phase phase : roadmap.phases()) {
            md.append("### ").append(heading(phase)).append("\n\n");
            int step = 1;
            for (Finding f : phase.findings()) {
                int number = findings.number(f);
                md.append(step++)
                        .append(". ")
                        .append(number == 0 ? "" : "Finding " + number + ", ")
                        .append(f.severity())
                        .append(" `")
                        .append(f.rule())
                        .append("`: ")
                        .append(effort(f.effortMinutes()))
                        .append('\n');
            }
            md.append('\n');
        }
        md.append("Total estimated effort: ").append(total(roadmap)).append(".\n\n");
        List<String> byCategory = byCategory(card);
        if (!byCategory.isEmpty()) {
            md.append("Effort by category:\n\n");
            byCategory.forEach(line -> md.append("- ").append(line).append('\n'));
            md.append('\n');
        }
    }

    /**
     * {@code roadmap}: one object per phase, its findings as indexes into {@code findings[]} (which the scorecard
     * orders deterministically), so the file names each finding once.
     */
    static void json(Scorecard card, JsonGenerator json) throws IOException {
        Map<Finding, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < card.findings().size(); i++) {
            index.put(card.findings().get(i), i);
        }
        json.writeArrayFieldStart("roadmap");
        for (Phase phase : card.roadmap().phases()) {
            json.writeStartObject();
            json.writeNumberField("phase", phase.number());
            json.writeStringField("kind", phase.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("title", phase.kind().title());
            json.writeNumberField("effortMinutes", phase.effortMinutes());
            json.writeNumberField("firstWeek", phase.firstWeek());
            json.writeNumberField("lastWeek", phase.lastWeek());
            // one line, however many findings: a list of numbers says nothing more one per line
            json.writeFieldName("findings");
            json.writeRawValue(phase.findings().stream()
                    .map(f -> String.valueOf(index.get(f)))
                    .collect(Collectors.joining(", ", "[", "]")));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * "~2 d"; "no extra effort" for 0 (a fix shared with an earlier step, such as one upgrade for several
     * vulnerabilities, or an INFO finding), where a table would show "-".
     */
    static String effort(int minutes) {
        return minutes == 0 ? "no extra effort" : Effort.format(minutes);
    }

    private static String count(int findings) {
        return findings == 1 ? "1 finding" : findings + " findings";
    }
}
