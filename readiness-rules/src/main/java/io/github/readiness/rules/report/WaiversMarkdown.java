package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.MarkdownRenderer.escape;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;

/**
 * The "Waived findings" section of readiness.md: each accepted risk as an item with its reason, owner, expiry and days
 * left, then every waiver with its state in a narrow table (a waiver's warning is a {@code policy.waivers} finding,
 * listed with the other findings). Left out when the policy has no waiver and nothing is waived.
 */
final class WaiversMarkdown {
    private WaiversMarkdown() {}

    static void append(Scorecard card, StringBuilder md) {
        List<Finding> waived = card.waived();
        if (waived.isEmpty() && card.waivers().isEmpty()) {
            return;
        }
        md.append("## Waived findings\n\n");
        if (waived.isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("Accepted risks: shown here, not counted in the score, the effort or the verdict.\n\n");
            for (Finding f : waived) {
                WaiverNote note = f.waiver();
                md.append("- ").append(FindingsMarkdown.heading(f)).append('\n');
                if (f.location() != null && !f.message().contains(f.location().file())) {
                    md.append("  - Where: ")
                            .append(MarkdownText.code(f.location().toString()))
                            .append('\n');
                }
                if (note != null) {
                    md.append("  - Waived until ")
                            .append(note.expires())
                            .append(" (")
                            .append(note.daysLeft())
                            .append(" days left) by ")
                            .append(escape(note.owner()))
                            .append(": ")
                            .append(escape(note.reason()))
                            .append('\n');
                }
            }
            md.append('\n');
        }
        waivers(card.waivers(), md);
    }

    private static void waivers(List<WaiverStatus> statuses, StringBuilder md) {
        if (statuses.isEmpty()) {
            return;
        }
        md.append("Waivers of the policy (their warnings are `policy.waivers` findings above):\n\n")
                .append("| Rule | Match | State | Expires | Days left | Findings matched |\n")
                .append("|---|---|---|---|--:|--:|\n");
        for (WaiverStatus status : statuses) {
            Waiver waiver = status.waiver();
            md.append("| `")
                    .append(waiver.rule())
                    .append("` | ")
                    .append(waiver.match() == null ? "-" : "`" + escape(waiver.match()) + "`")
                    .append(" | ")
                    .append(status.state().id())
                    .append(" | ")
                    .append(waiver.expires())
                    .append(" | ")
                    .append(status.daysLeft())
                    .append(" | ")
                    .append(status.matched())
                    .append(" |\n");
        }
        md.append('\n');
    }
}
