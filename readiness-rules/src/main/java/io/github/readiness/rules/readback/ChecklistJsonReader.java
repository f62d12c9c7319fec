package io.github.readiness.rules.readback;

import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.checklist.ItemState;
import io.github.readiness.rules.checklist.ItemStatus;
import io.github.readiness.rules.model.Category;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code checklist[]} of readiness.json read back (the report page reuses a fresh readiness.json); absent in files of
 * earlier versions, then empty. The attestations that did not count are findings, read with them.
 */
final class ChecklistJsonReader {
    private ChecklistJsonReader() {}

    static ChecklistJudgement read(JsonObject root) throws IOException {
        if (root.isNull("checklist")) {
            return ChecklistJudgement.NONE;
        }
        List<ItemStatus> items = new ArrayList<>();
        for (JsonObject node : root.objects("checklist")) {
            String validFor = node.textOrNull("validFor");
            ChecklistItem item = new ChecklistItem(
                    node.text("id"),
                    node.text("title"),
                    category(node.text("category")),
                    node.bool("required"),
                    validFor == null ? null : ChecklistItem.parseValidFor(validFor),
                    node.textOrNull("rule"));
            Attestation attestation = null;
            if (!node.isNull("attestation")) {
                JsonObject a = node.object("attestation");
                attestation = new Attestation(
                        item.id(),
                        a.text("by"),
                        LocalDate.parse(a.text("date")),
                        a.text("evidence"),
                        !ItemState.EVIDENCE_MISSING.id().equals(node.text("state")),
                        null);
            }
            String expiresOn = node.textOrNull("expiresOn");
            items.add(new ItemStatus(
                    item,
                    state(node.text("state")),
                    attestation,
                    expiresOn == null ? null : LocalDate.parse(expiresOn),
                    expiresOn == null ? null : (long) node.integer("daysLeft"),
                    node.textOrNull("detail")));
        }
        return new ChecklistJudgement(items, List.of());
    }

    private static Category category(String id) throws IOException {
        return Arrays.stream(Category.values())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IOException("unknown category '" + id + "' in checklist[]"));
    }

    private static ItemState state(String id) throws IOException {
        return Arrays.stream(ItemState.values())
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IOException("unknown checklist state '" + id + "'"));
    }
}
