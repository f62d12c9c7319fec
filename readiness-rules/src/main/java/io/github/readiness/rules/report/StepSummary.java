package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;

/**
 * The GitHub Actions job summary: verdict, what READY needs, the category table and the findings that matter, with a
 * pointer to readiness.md for the rest. Not the whole readiness.md: GitHub refuses a step summary over 1 MiB, and a
 * module with thousands of findings would reach it. Bounded by construction: at most {@value #MAX_ROWS} blockers and
 * {@value #MAX_ROWS} other findings, each text cell cut at {@value #MAX_CELL} characters, so a summary stays under
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
        md.append("| Verdict | Score | Minimum score | Blockers | Estimated effort |\n|---|--:|--:|--:|--:|\n");
        md.append("| **")
                .append(card.verdict())
                .append("** | ")
                .append(DisplayText.score(card.score()))
                .append(" | ")
                .append(card.minScore())
                .append(" | ")
                .append(card.blockers().size())
                .append(" | ")
                .append(Effort.format(card.totalEffortMinutes()))
                .append(" |\n\n");
        card.verdictReasons()
                .forEach(reason ->
                        md.append("- To reach READY: ").append(cell(reason)).append('\n'));
        if (!card.verdictReasons().isEmpty()) {
            md.append('\n');
        }
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
        findings("Blockers", card.blockers(), markdownPath, md);
        findings("Other findings", card.nonBlocking(), markdownPath, md);
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

    /** A table of at most {@value #MAX_ROWS} findings; with a Module column when they come from a reactor. */
    static void findings(String title, List<Finding> findings, String markdownPath, StringBuilder md) {
        if (findings.isEmpty()) {
            return;
        }
        boolean reactor = findings.get(0).module() != null;
        md.append("### ")
                .append(title)
                .append(" (")
                .append(findings.size())
                .append(")\n\n")
                .append(reactor ? "| Module " : "")
                .append("| Severity | Rule | Finding | Fix | Effort |\n")
                .append(reactor ? "|---" : "")
                .append("|---|---|---|---|--:|\n");
        for (Finding f : findings.subList(0, Math.min(MAX_ROWS, findings.size()))) {
            String where = f.location() == null ? "" : " (`" + cut(f.location().toString()) + "`)";
            if (reactor) {
                md.append("| ").append(cell(String.valueOf(f.module()))).append(' ');
            }
            md.append("| ")
                    .append(f.severity())
                    .append(" | `")
                    .append(f.rule())
                    .append("` | ")
                    .append(cell(f.message()))
                    .append(where)
                    .append(" | ")
                    .append(cell(f.remediation()))
                    .append(" | ")
                    .append(Effort.format(f.effortMinutes()))
                    .append(" |\n");
        }
        if (findings.size() > MAX_ROWS) {
            md.append("\n... and ")
                    .append(findings.size() - MAX_ROWS)
                    .append(" more in `")
                    .append(markdownPath)
                    .append("`.\n");
        }
        md.append('\n');
    }

    static String cell(String text) {
        return MarkdownRenderer.escape(cut(text));
    }

    private static String cut(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }
}
