package io.github.readiness.rules.rule.policy;

import io.github.readiness.rules.checklist.AttestationProblem;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.checklist.ItemState;
import io.github.readiness.rules.checklist.ItemStatus;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.ScorecardContext;
import io.github.readiness.rules.rule.ScorecardRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@value #RULE_ID}: every item of the policy's pre-deployment checklist is done: measured by its rule (no unwaived
 * finding) or attested by a named person, with evidence, within the item's validity. One finding per item that is not
 * done, in the item's category:
 * <ul>
 *   <li>a required item missing, expired, with its evidence file gone, or whose rule has findings: HIGH, blocking;
 *   <li>the same for an item that is not required: LOW;
 *   <li>an attestation expiring within the waivers' {@code warnDays}: INFO;
 *   <li>an attestation for an unknown item (with the nearest id) or for a measured item: LOW; dated after the build
 *       date: MEDIUM, not counted.
 * </ul>
 * A rule of the second stage ({@link ScorecardRule}): measured items see the evidence rules' findings once waivers
 * judged them. In a reactor it is judged once, at the root. No score.
 */
public final class ChecklistRule implements ScorecardRule {
    public static final String RULE_ID = "policy.checklist";

    static final int EFFORT_MINUTES = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder(RULE_ID, Category.BUILD_RELEASE)
            .title("Pre-deployment checklist done")
            .description("Every item of the policy's checklist is done: measured items by their rule (no unwaived"
                    + " finding), the others attested by a named person with a date and evidence, within the item's"
                    + " validFor. Required items block while open.")
            .remediation("Do what the item asks, then record it with mvn readiness:attest -Ditem=<id>"
                    + " -Devidence=<repository file or https URL>; for a measured item, fix its rule's findings.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to record an item (doing it is not estimated)")
                    .withNote("an expiring attestation costs nothing yet"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> findings(ScorecardContext context) {
        return findings(context.checklist());
    }

    /** The findings about a judged checklist (also for the reactor, which judges it once for every module). */
    public static List<Finding> findings(ChecklistJudgement checklist) {
        List<Finding> findings = new ArrayList<>();
        for (ItemStatus status : checklist.items()) {
            ChecklistItem item = status.item();
            if (status.state() == ItemState.EXPIRING) {
                findings.add(finding(
                        item.category(), Severity.INFO, false, item.id(), label(item) + ": " + status.detail(), 0));
            } else if (!status.state().done()) {
                findings.add(finding(
                        item.category(),
                        item.required() ? Severity.HIGH : Severity.LOW,
                        item.required(),
                        item.id(),
                        (item.required() ? "required " : "") + label(item) + " is " + stateWord(status.state()) + ": "
                                + status.detail(),
                        EFFORT_MINUTES));
            }
        }
        for (AttestationProblem problem : checklist.problems()) {
            Severity severity = problem.kind() == AttestationProblem.Kind.FUTURE_DATE ? Severity.MEDIUM : Severity.LOW;
            findings.add(finding(
                    METADATA.category(),
                    severity,
                    false,
                    "attestation " + problem.attestation().item(),
                    problem.message(),
                    5));
        }
        return findings;
    }

    /** For "To reach READY": the required items still open, by id; empty when none is. */
    public static Optional<String> reason(ChecklistJudgement checklist) {
        List<String> open = checklist.items().stream()
                .filter(ItemStatus::openRequired)
                .map(s -> s.item().id())
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open.size()
                + (open.size() == 1 ? " required checklist item open: " : " required checklist items open: ")
                + String.join(", ", open) + " (do it, then mvn readiness:attest -Ditem=<id> -Devidence=<file or URL>)");
    }

    /** "checklist item rollback-tested (Rollback procedure tested)". */
    static String label(ChecklistItem item) {
        return "checklist item " + item.id() + " (" + item.title() + ")";
    }

    private static String stateWord(ItemState state) {
        return switch (state) {
            case FAILING -> "not satisfied";
            case EVIDENCE_MISSING -> "missing its evidence";
            default -> state.id();
        };
    }

    private static Finding finding(
            Category category, Severity severity, boolean blocking, String key, String message, int effort) {
        return new Finding(
                RULE_ID,
                category,
                severity,
                blocking,
                key,
                message,
                null,
                null,
                null,
                METADATA.remediation(),
                effort,
                false);
    }
}
