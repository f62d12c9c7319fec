package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.checklist.EvidenceReference;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code checklist:} items (merged by id into those below: a preset's items stay unless {@code checklistRemove:}
 * drops them), {@code checklistRemove:} and {@code attestations:} (added to those below; an item attested twice is an
 * error naming both lines), parsed and validated into {@link Policy#withChecklist}. Judging is the engine's business.
 */
final class ChecklistSection {
    private static final String EVERY_ITEM_FIELD = ": every checklist item needs id and title";
    private static final String EVERY_ATTESTATION_FIELD = ": every attestation needs item, by, date and evidence";
    private static final List<String> CATEGORY_IDS =
            Arrays.stream(Category.values()).map(Category::id).toList();

    private ChecklistSection() {}

    /** Adds this file's items to the checklist, replacing an item of the same id where it stands. */
    static TracedPolicy items(FileValues values, Entry entry, TracedPolicy traced) {
        List<ChecklistItem> items = new ArrayList<>();
        java.util.Map<String, Integer> lines = new java.util.HashMap<>();
        for (PolicyNode node : values.list(entry.value(), PolicyKeys.CHECKLIST, "'- id: rollback-tested'")
                .items()) {
            ChecklistItem item = item(values, node, traced.policy());
            Integer first = lines.putIfAbsent(item.id(), node.line());
            if (first != null) {
                throw values.error(
                        node.line(),
                        "checklist item '" + item.id() + "' is listed twice in this file (first at line " + first
                                + "); keep one");
            }
            items.add(item);
        }
        Checklist current = traced.policy().checklist();
        Policy changed = values.at(entry.line(), () -> traced.policy().withChecklist(current.withItems(items)));
        TracedPolicy result =
                traced.with(changed, PolicyValue.CHECKLIST, values.source().origin(entry.line()));
        // each item's own line, for the policy listing (a preset is named alone)
        for (java.util.Map.Entry<String, Integer> item : lines.entrySet()) {
            result = result.with(
                    changed,
                    PolicyValue.checklistItem(item.getKey()),
                    values.source().origin(item.getValue()));
        }
        return result;
    }

    /** Drops items the files below (a preset) set. */
    static TracedPolicy remove(FileValues values, Entry entry, TracedPolicy traced) {
        List<String> ids = new ArrayList<>();
        for (PolicyNode node : values.list(entry.value(), PolicyKeys.CHECKLIST_REMOVE, "[ load-test ]")
                .items()) {
            ids.add(values.text(node, "a checklistRemove entry"));
        }
        Checklist current = traced.policy().checklist();
        Policy changed = values.at(entry.line(), () -> traced.policy().withChecklist(current.without(ids)));
        return traced.with(changed, PolicyValue.CHECKLIST, values.source().origin(entry.line()));
    }

    /** Adds this file's attestations; each one's evidence is checked against the file's directory. */
    static TracedPolicy attestations(FileValues values, Entry entry, TracedPolicy traced) {
        if (values.source().file() == null) {
            throw values.error(
                    entry.line(),
                    "attestations belong to a project, not to "
                            + values.source().name() + ": record them in the"
                            + " project's readiness-attestations.yaml (mvn readiness:attest)");
        }
        Path repository = values.source().file().getParent();
        List<Attestation> attestations = new ArrayList<>();
        for (PolicyNode node : values.list(entry.value(), PolicyKeys.ATTESTATIONS, "'- item: rollback-tested'")
                .items()) {
            attestations.add(attestation(values, node, repository));
        }
        Checklist current = traced.policy().checklist();
        Policy changed =
                values.at(entry.line(), () -> traced.policy().withChecklist(current.withAttestations(attestations)));
        return traced.with(changed, PolicyValue.ATTESTATIONS, values.source().origin(entry.line()));
    }

    private static ChecklistItem item(FileValues values, PolicyNode node, Policy policy) {
        MapNode map = values.map(node, "a checklist item", "'{id: rollback-tested, title: Rollback procedure tested}'");
        values.checkKeys(map, PolicyKeys.CHECKLIST_ITEM, " in a checklist item");
        Entry idEntry = map.entry("id");
        if (idEntry == null) {
            throw values.error(map.line(), "checklist item has no id" + EVERY_ITEM_FIELD);
        }
        String id = values.text(idEntry.value(), "id of a checklist item");
        Entry titleEntry = map.entry("title");
        if (titleEntry == null) {
            throw values.error(map.line(), "checklist item " + id + " has no title" + EVERY_ITEM_FIELD);
        }
        String title = values.text(titleEntry.value(), "title of checklist item " + id);
        String rule = null;
        Entry ruleEntry = map.entry("rule");
        if (ruleEntry != null) {
            rule = values.optionalText(ruleEntry.value(), "rule of checklist item " + id);
        }
        if (rule != null) {
            List<String> ruleIds = List.copyOf(policy.rules().keySet());
            if (!ruleIds.contains(rule)) {
                throw values.unknownId(ruleEntry.line(), "rule", rule, ruleIds);
            }
        }
        Category category = category(values, map, id, rule);
        boolean required = required(values, map, id);
        Period validFor = null;
        Entry validEntry = map.entry("validFor");
        if (validEntry != null) {
            if (rule != null) {
                throw values.error(
                        validEntry.line(),
                        "checklist item " + id + " is measured by rule " + rule
                                + ", which is judged on every build: remove validFor (it is for attested items)");
            }
            String text = values.text(validEntry.value(), "validFor of checklist item " + id);
            validFor = values.at(validEntry.line(), () -> ChecklistItem.parseValidFor(text));
        }
        String ruleId = rule;
        Period valid = validFor;
        return values.at(idEntry.line(), () -> new ChecklistItem(id, title, category, required, valid, ruleId));
    }

    /** The item's category; by default its rule's (null here: the judge knows it) or Build and Release. */
    private static Category category(FileValues values, MapNode map, String id, String rule) {
        Entry entry = map.entry("category");
        if (entry == null) {
            return rule == null ? Category.BUILD_RELEASE : null;
        }
        String text = values.text(entry.value(), "category of checklist item " + id);
        return Arrays.stream(Category.values())
                .filter(c -> c.id().equals(text))
                .findFirst()
                .orElseThrow(() -> values.unknownId(entry.line(), "category", text, CATEGORY_IDS));
    }

    private static boolean required(FileValues values, MapNode map, String id) {
        Entry entry = map.entry("required");
        if (entry == null) {
            return false;
        }
        String text =
                values.text(entry.value(), "required of checklist item " + id).toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw values.error(
                    entry.line(), "required of checklist item " + id + " is '" + text + "': use true or false");
        }
        return text.equals("true");
    }

    private static Attestation attestation(FileValues values, PolicyNode node, Path repository) {
        MapNode map = values.map(
                node,
                "an attestation",
                "'{item: rollback-tested, by: payments-team, date: 2026-11-30, evidence: docs/rollback.md}'");
        values.checkKeys(map, PolicyKeys.ATTESTATION, " in an attestation");
        Entry itemEntry = map.entry("item");
        if (itemEntry == null) {
            throw values.error(map.line(), "attestation has no item" + EVERY_ATTESTATION_FIELD);
        }
        String item = values.text(itemEntry.value(), "item of an attestation");
        String by = required(values, map, "by", item);
        Entry dateEntry = map.entry("date");
        if (dateEntry == null) {
            throw values.error(map.line(), "attestation for " + item + " has no date" + EVERY_ATTESTATION_FIELD);
        }
        LocalDate date = values.date(dateEntry.value(), "date of the attestation for " + item);
        String evidence = required(values, map, "evidence", item);
        int evidenceLine = map.entry("evidence").line();
        boolean found;
        try {
            found = EvidenceReference.check(evidence, repository);
        } catch (PolicyException e) {
            throw values.error(evidenceLine, "attestation for " + item + ": " + e.getMessage());
        }
        return new Attestation(item, by, date, evidence, found, values.source().origin(map.line()));
    }

    private static String required(FileValues values, MapNode map, String key, String item) {
        Entry entry = map.entry(key);
        if (entry == null) {
            throw values.error(map.line(), "attestation for " + item + " has no " + key + EVERY_ATTESTATION_FIELD);
        }
        return values.text(entry.value(), key + " of the attestation for " + item);
    }
}
