package io.github.readiness.rules.checklist;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.Nearest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges a checklist on the build date (pure): a measured item by its rule's result, an attested item by its
 * attestation's date, validity and evidence; expiry works like a waiver's (the last valid day counts, within
 * {@code warnDays} it is announced).
 */
public final class ChecklistJudge {
    /**
     * What the first stage concluded about a rule a checklist item names.
     *
     * @param off the policy turned it OFF
     * @param measured it judged something (a score or findings); false when it had nothing to judge
     * @param open its unwaived findings
     * @param category the rule's category (a measured item without its own is counted there), or null if unknown
     */
    public record RuleResult(boolean off, boolean measured, int open, Category category) {
        public static final RuleResult OFF = new RuleResult(true, false, 0, null);

        /** A rule the policy turned OFF. */
        public static RuleResult off(Category category) {
            return new RuleResult(true, false, 0, category);
        }

        /**
         * @param scored the rule computed a score
         * @param findings its findings as the waivers left them
         */
        public static RuleResult of(boolean scored, List<Finding> findings, Category category) {
            int open = (int) findings.stream().filter(f -> !f.waived()).count();
            return new RuleResult(false, scored || !findings.isEmpty(), open, category);
        }
    }

    private ChecklistJudge() {}

    /** The categories that apply to services only: their items are not applicable to a library. */
    public static final Set<Category> SERVICE_ONLY =
            EnumSet.of(Category.DEPLOYMENT, Category.DATA, Category.OBSERVABILITY);

    /**
     * @param rules the result of every rule an item may name, by id; a rule absent is taken as OFF
     * @param service whether the project is a service (else items of {@link #SERVICE_ONLY} categories do not apply)
     */
    public static ChecklistJudgement judge(
            Checklist checklist, Map<String, RuleResult> rules, boolean service, LocalDate buildDate, int warnDays) {
        Objects.requireNonNull(buildDate, "buildDate");
        Map<String, ChecklistItem> items =
                checklist.items().stream().collect(Collectors.toMap(ChecklistItem::id, Function.identity()));
        List<AttestationProblem> problems = new ArrayList<>();
        Map<String, Attestation> counted = new java.util.HashMap<>();
        for (Attestation attestation : checklist.attestations()) {
            AttestationProblem problem = problem(attestation, items, buildDate);
            if (problem == null) {
                counted.put(attestation.item(), attestation);
            } else {
                problems.add(problem);
            }
        }
        List<ItemStatus> statuses = new ArrayList<>();
        for (ChecklistItem listed : checklist.items()) {
            ChecklistItem item = listed.measured()
                    ? listed.inCategoryOf(
                            rules.getOrDefault(listed.rule(), RuleResult.OFF).category())
                    : listed;
            if (item.category() == null) {
                item = item.inCategoryOf(Category.BUILD_RELEASE);
            }
            if (!service && SERVICE_ONLY.contains(item.category())) {
                statuses.add(new ItemStatus(
                        item,
                        ItemState.NOT_APPLICABLE,
                        null,
                        null,
                        null,
                        "a " + item.category().id() + " item, and this project is not a service"));
                continue;
            }
            statuses.add(
                    item.measured()
                            ? measured(item, rules.getOrDefault(item.rule(), RuleResult.OFF))
                            : attested(item, counted.get(item.id()), buildDate, warnDays));
        }
        return new ChecklistJudgement(statuses, problems);
    }

    private static AttestationProblem problem(
            Attestation attestation, Map<String, ChecklistItem> items, LocalDate buildDate) {
        ChecklistItem item = items.get(attestation.item());
        String where = attestation.origin() == null ? "" : " (" + attestation.origin() + ")";
        if (item == null) {
            String nearest = Nearest.of(attestation.item(), items.keySet());
            return new AttestationProblem(
                    attestation,
                    AttestationProblem.Kind.UNKNOWN_ITEM,
                    "attestation for unknown checklist item '" + attestation.item() + "'" + where
                            + (nearest == null
                                    ? ": the checklist has no such item; remove it or add the item"
                                    : "; did you mean '" + nearest + "'?"));
        }
        if (attestation.date().isAfter(buildDate)) {
            return new AttestationProblem(
                    attestation,
                    AttestationProblem.Kind.FUTURE_DATE,
                    "attestation for " + item.id() + " is dated " + attestation.date() + ", after the build date "
                            + buildDate + where + ": not counted; attest on the day the work was done");
        }
        if (item.measured()) {
            return new AttestationProblem(
                    attestation,
                    AttestationProblem.Kind.MEASURED_ITEM,
                    "attestation for " + item.id() + where + " is not needed: rule " + item.rule()
                            + " measures that item; remove the attestation");
        }
        return null;
    }

    private static ItemStatus measured(ChecklistItem item, RuleResult result) {
        if (result.off()) {
            return new ItemStatus(
                    item,
                    ItemState.FAILING,
                    null,
                    null,
                    null,
                    "rule " + item.rule() + " is OFF, so nothing measures it: set the rule's level back to ERROR or"
                            + " WARN");
        }
        if (result.open() > 0) {
            return new ItemStatus(
                    item,
                    ItemState.FAILING,
                    null,
                    null,
                    null,
                    "rule " + item.rule() + " has " + result.open() + (result.open() == 1 ? " finding" : " findings"));
        }
        if (!result.measured()) {
            return new ItemStatus(
                    item,
                    ItemState.NOT_MEASURED,
                    null,
                    null,
                    null,
                    "rule " + item.rule() + " had nothing to judge in this project");
        }
        return new ItemStatus(item, ItemState.SATISFIED, null, null, null, null);
    }

    private static ItemStatus attested(ChecklistItem item, Attestation attestation, LocalDate buildDate, int warnDays) {
        if (attestation == null) {
            return new ItemStatus(
                    item,
                    ItemState.MISSING,
                    null,
                    null,
                    null,
                    "not attested: mvn readiness:attest -Ditem=" + item.id() + " -Devidence=<file or https URL>");
        }
        LocalDate expiresOn =
                item.validFor() == null ? null : attestation.date().plus(item.validFor());
        Long daysLeft = expiresOn == null ? null : ChronoUnit.DAYS.between(buildDate, expiresOn);
        if (!attestation.evidenceFound()) {
            return new ItemStatus(
                    item,
                    ItemState.EVIDENCE_MISSING,
                    attestation,
                    expiresOn,
                    daysLeft,
                    "evidence " + attestation.evidence() + " is not in the repository: restore it or attest again"
                            + " with the evidence's new place");
        }
        if (daysLeft != null && daysLeft < 0) {
            return new ItemStatus(
                    item,
                    ItemState.EXPIRED,
                    attestation,
                    expiresOn,
                    daysLeft,
                    "attested by " + attestation.by() + " on " + attestation.date() + ", expired on " + expiresOn
                            + " (valid for " + item.validForText() + "): do it again and attest it");
        }
        if (daysLeft != null && daysLeft <= warnDays) {
            return new ItemStatus(
                    item,
                    ItemState.EXPIRING,
                    attestation,
                    expiresOn,
                    daysLeft,
                    "attestation by " + attestation.by() + " expires on " + expiresOn + ", "
                            + (daysLeft == 0
                                    ? "today is its last day"
                                    : "in " + daysLeft + (daysLeft == 1 ? " day" : " days")));
        }
        return new ItemStatus(item, ItemState.ATTESTED, attestation, expiresOn, daysLeft, null);
    }
}
