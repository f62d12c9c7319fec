package io.github.readiness.rules.checklist;

import java.util.List;

/**
 * The checklist judged on the build date: every item's state in policy order, and the attestations that do not
 * count. Computed once by the engine (or the reactor), shown by every renderer.
 */
public record ChecklistJudgement(List<ItemStatus> items, List<AttestationProblem> problems) {
    public static final ChecklistJudgement NONE = new ChecklistJudgement(List.of(), List.of());

    public ChecklistJudgement {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** How many required items are not done. */
    public long openRequired() {
        return items.stream().filter(ItemStatus::openRequired).count();
    }

    public boolean isEmpty() {
        return items.isEmpty() && problems.isEmpty();
    }
}
