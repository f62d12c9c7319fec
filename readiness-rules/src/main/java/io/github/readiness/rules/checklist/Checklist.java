package io.github.readiness.rules.checklist;

import io.github.readiness.rules.policy.PolicyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-deployment checklist of a policy: its items (in policy order, each id once) and the attestations recorded
 * for them (each item attested at most once). Immutable.
 *
 * @param atReactorRoot judged by the reactor, not here: a module of a multi-module build neither judges the checklist
 *     nor lets a maturity level's preset bring it back
 */
public record Checklist(List<ChecklistItem> items, List<Attestation> attestations, boolean atReactorRoot) {
    public static final Checklist NONE = new Checklist(List.of(), List.of());

    public Checklist(List<ChecklistItem> items, List<Attestation> attestations) {
        this(items, attestations, false);
    }

    /** The checklist of a module whose reactor judges the checklist once, at its root: nothing to judge here. */
    public static Checklist judgedAtReactorRoot() {
        return new Checklist(List.of(), List.of(), true);
    }

    /** This (a maturity level's preset) checklist with the project's attestations; none where the reactor judges it. */
    public Checklist forLevel(Checklist project) {
        return project.atReactorRoot() ? project : new Checklist(items, project.attestations());
    }

    public Checklist {
        items = List.copyOf(items);
        attestations = List.copyOf(attestations);
        Map<String, Object> seen = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            if (seen.put(item.id(), item) != null) {
                throw new PolicyException("checklist item '" + item.id() + "' is listed twice; keep one");
            }
        }
        Map<String, Attestation> attested = new LinkedHashMap<>();
        for (Attestation attestation : attestations) {
            Attestation first = attested.putIfAbsent(attestation.item(), attestation);
            if (first != null) {
                throw new PolicyException("duplicate attestation for '" + attestation.item() + "'"
                        + (attestation.origin() == null ? "" : " at " + attestation.origin())
                        + (first.origin() == null ? "" : " (first at " + first.origin() + ")")
                        + "; keep one (the latest)");
            }
        }
    }

    /**
     * This checklist with these items merged in: an item with a known id replaces it in place, a new one is added at
     * the end.
     */
    public Checklist withItems(List<ChecklistItem> added) {
        Map<String, ChecklistItem> merged = new LinkedHashMap<>();
        items.forEach(item -> merged.put(item.id(), item));
        for (ChecklistItem item : added) {
            merged.put(item.id(), item);
        }
        return new Checklist(new ArrayList<>(merged.values()), attestations);
    }

    /** This checklist without these items (each must be known: a typo would silently keep the item). */
    public Checklist without(List<String> ids) {
        List<String> known = items.stream().map(ChecklistItem::id).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                String nearest = io.github.readiness.rules.policy.Nearest.of(id, known);
                throw new PolicyException("checklistRemove names unknown item '" + id + "'"
                        + (nearest == null
                                ? "; items: " + (known.isEmpty() ? "none" : String.join(", ", known))
                                : "; did you mean '" + nearest + "'?"));
            }
        }
        return new Checklist(
                items.stream().filter(item -> !ids.contains(item.id())).toList(), attestations);
    }

    /** This checklist with more attestations (a second one for an item is an error naming both places). */
    public Checklist withAttestations(List<Attestation> added) {
        List<Attestation> all = new ArrayList<>(attestations);
        all.addAll(added);
        return new Checklist(items, all);
    }

    public boolean isEmpty() {
        return items.isEmpty() && attestations.isEmpty();
    }
}
