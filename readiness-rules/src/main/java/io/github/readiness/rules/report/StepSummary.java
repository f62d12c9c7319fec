package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;

/**
 * The GitHub Actions job summary: verdict, what READY needs, the category table and the findings that matter as
 * numbered items, with a pointer to readiness.md for the rest. Not the whole readiness.md: GitHub refuses a step summary over 1 MiB, and a
 * module with thousands of findings would reach it. Bounded by construction: at most {@value #MAX_ROWS} blockers and
 * {@value #MAX_ROWS} other findings, each text cut at {@value #MAX_CELL} characters, so a summary stays under
 * about 40 KiB however many findings there are (a reactor appends one per module).
 */
final class StepSummary {
    static final int MAX_ROWS = 20;
    static final int MAX_CELL = 300;

    private StepSummary() {}

    static String markdown(Scorecard card, String markdownPath) {
        StringBuilder md = new StringBuilder();
        md.append("## ")
                .append(icon(card))
                .append(" Production readiness of ")
                .append(card.project().coordinates())
                .append(": ")
                .append(card.verdict())
                .append("\n\n");
        MarkdownHeader.verdict(card, null, md);
        md.append("| Category | Score | Blockers | Effort |\n|---|--:|--:|--:|\n");
        for (CategoryScore c : card.categories()) {
            md.append("| ")
                    .append(c.category().displayName())
                    .append(" | ")
                    .append(DisplayText.categoryScore(c.score()))
                    .append(" | ")
                    .append(c.blockers())
                    .append(" | ")
                    .append(Effort.format(c.effortMinutes()))
                    .append(" |\n");
        }
        md.append('\n');
        int next = findings("Blockers", card.blockers(), 1, markdownPath, md);
        findings("Other findings", card.nonBlocking(), next, markdownPath, md);
        if (!card.waived().isEmpty()) {
            md.append("Waived findings: ")
                    .append(card.waived().size())
                    .append(" (listed in `")
                    .append(markdownPath)
                    .append("`).\n\n");
        }
        md.append("Full report: `").append(markdownPath).append("`.\n\n");
        return md.toString();
    }

    static String icon(Scorecard card) {
        return switch (card.verdict()) {
            case READY -> ":white_check_mark:";
            case CONDITIONAL -> ":warning:";
            case NOT_READY -> ":x:";
        };
    }

    /**
     * At most {@value #MAX_ROWS} findings as numbered items, as readiness.md lists them (no wide table): severity, rule,
     * module in a reactor, message and place, with the fix and its effort under it. Numbered from {@code first}, so
     * the other findings continue the blockers' numbers as in readiness.md.
     *
     * @return the number the next section starts with
     */
    static int findings(String title, List<Finding> findings, int first, String markdownPath, StringBuilder md) {
        if (findings.isEmpty()) {
            return first;
        }
        md.append("### ").append(title).append(" (").append(findings.size()).append(")\n\n");
        int number = first - 1;
        for (Finding f : findings.subList(0, Math.min(MAX_ROWS, findings.size()))) {
            String marker = ++number + ". ";
            String indent = " ".repeat(marker.length());
            md.append(marker)
                    .append("**")
                    .append(f.severity())
                    .append("** `")
                    .append(f.rule())
                    .append('`')
                    .append(f.module() == null ? "" : " in " + MarkdownText.code(cut(f.module())))
                    .append(": ")
                    .append(cell(f.message()))
                    .append(
                            f.location() == null
                                    ? ""
                                    : " (" + MarkdownText.code(cut(f.location().toString())) + ")")
                    .append('\n')
                    .append(indent)
                    .append("- Fix (")
                    .append(RoadmapSection.effort(f.effortMinutes()))
                    .append("): ")
                    .append(cell(f.remediation()))
                    .append('\n');
        }
        if (findings.size() > MAX_ROWS) {
            md.append("\n... and ")
                    .append(findings.size() - MAX_ROWS)
                    .append(" more in `")
                    .append(markdownPath)
                    .append("`.\n");
        }
        md.append('\n');
        return first + findings.size();
    }

    static String cell(String text) {
        return MarkdownRenderer.escape(cut(text));
    }

    private static String cut(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }
}
