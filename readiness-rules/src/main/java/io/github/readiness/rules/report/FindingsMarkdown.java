package io.github.readiness.rules.report;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.score.BaselineDelta;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings in readiness.md as an audit lists them: numbered items (blockers first, the other findings continuing the
 * numbers) with the fix and its effort under each, so the remediation plan can refer to "finding 3" instead of
 * repeating it. No table: a finding's message and fix are sentences, too long for a cell.
 */
final class FindingsMarkdown {
    private final BaselineDelta baseline;
    private final boolean withModule;
    private final Map<Finding, Integer> numbers = new IdentityHashMap<>();

    /** A module's findings. */
    FindingsMarkdown(BaselineDelta baseline) {
        this(baseline, false);
    }

    /** @param withModule each finding names its module (the reactor's readiness.md) */
    FindingsMarkdown(BaselineDelta baseline, boolean withModule) {
        this.baseline = baseline;
        this.withModule = withModule;
    }

    /** A section of numbered findings, numbered on from the previous section; "None." when empty. */
    void section(String title, List<Finding> findings, StringBuilder md) {
        md.append("## ").append(title).append("\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (Finding f : findings) {
            int number = numbers.size() + 1;
            numbers.put(f, number);
            item(number + ". ", f, md);
        }
        md.append('\n');
    }

    /** The number a finding got in {@link #section}, or 0 when it was not listed. */
    int number(Finding finding) {
        return numbers.getOrDefault(finding, 0);
    }

    /**
     * {@code 1. **HIGH** `coverage.line`: message} and, indented under it, where (when the message does not say it) and
     * the fix with its effort; a long POM snippet of the fix as a fenced block.
     */
    void item(String marker, Finding f, StringBuilder md) {
        String indent = " ".repeat(marker.length());
        String module = withModule && f.module() != null ? " in " + MarkdownText.code(f.module()) : "";
        MarkdownText.Prose message = MarkdownText.prose(f.message(), MarkdownText.INLINE_MAX);
        MarkdownText.Prose fix = MarkdownText.prose(f.remediation(), MarkdownText.INLINE_MAX);
        md.append(marker)
                .append("**")
                .append(f.severity())
                .append("** `")
                .append(f.rule())
                .append('`')
                .append(module)
                .append(": ")
                .append(message.text())
                .append(BaselineSection.marker(baseline, f))
                .append('\n');
        for (String block : message.blocks()) {
            if (!fix.blocks().contains(block)) { // the same snippet as the fix's is shown once, under the fix
                MarkdownText.fenced(block, indent, md);
            }
        }
        if (f.location() != null && !f.message().contains(f.location().file())) {
            md.append(indent)
                    .append("- Where: ")
                    .append(MarkdownText.code(f.location().toString()))
                    .append('\n');
        }
        md.append(indent)
                .append("- Fix (")
                .append(RoadmapSection.effort(f.effortMinutes()))
                .append("): ")
                .append(fix.text())
                .append('\n');
        for (String block : fix.blocks()) {
            MarkdownText.fenced(block, indent + "  ", md);
        }
    }

    /** {@code **HIGH** `coverage.line`: message}, on one line (a waived finding's: its snippets in code spans). */
    static String heading(Finding f) {
        return "**" + f.severity() + "** `" + f.rule() + "`: " + MarkdownText.inline(f.message());
    }
}
