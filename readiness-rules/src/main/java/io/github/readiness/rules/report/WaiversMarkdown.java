package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.MarkdownRenderer.escape;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;

/**
 * The "Waived findings" section of readiness.md: each accepted risk with its reason, owner, expiry and days left,
 * then every waiver with its state and warning. Left out when the policy has no waiver and nothing is waived.
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
            md.append("| Severity | Rule | Finding | Reason | Owner | Expires | Days left |\n"
                    + "|---|---|---|---|---|---|--:|\n");
            for (Finding f : waived) {
                WaiverNote note = f.waiver();
                String where = f.location() == null ? "" : " (`" + f.location() + "`)";
                md.append("| ").append(f.severity()).append(" | `").append(f.rule()).append("` | ")
                        .append(escape(f.message())).append(where).append(" | ")
                        .append(note == null ? "-" : escape(note.reason())).append(" | ")
                        .append(note == null ? "-" : escape(note.owner())).append(" | ")
                        .append(note == null ? "-" : note.expires()).append(" | ")
                        .append(note == null ? "-" : note.daysLeft()).append(" |\n");
            }
            md.append('\n');
        }
        waivers(card.waivers(), md);
    }

    private static void waivers(List<WaiverStatus> statuses, StringBuilder md) {
        if (statuses.isEmpty()) {
            return;
        }
        md.append("Waivers of the policy:\n\n")
                .append("| Rule | Match | State | Expires | Days left | Findings matched | Warning |\n")
                .append("|---|---|---|---|--:|--:|---|\n");
        for (WaiverStatus status : statuses) {
            Waiver waiver = status.waiver();
            md.append("| `").append(waiver.rule()).append("` | ")
                    .append(waiver.match() == null ? "-" : "`" + escape(waiver.match()) + "`").append(" | ")
                    .append(status.state().id()).append(" | ").append(waiver.expires()).append(" | ")
                    .append(status.daysLeft()).append(" | ").append(status.matched()).append(" | ")
                    .append(status.warning() == null ? "-" : escape(status.warning())).append(" |\n");
        }
        md.append('\n');
    }
}
