package io.github.readiness.rules.score;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The remediation roadmap of a scorecard: its unwaived findings in phases, blockers first, then CRITICAL and HIGH,
 * then the rest (MEDIUM, LOW and INFO), so the phases add up to the scorecard's total effort. Each phase has its total effort and the weeks it spans
 * when one engineer works through the phases in order, {@value #MINUTES_PER_WEEK} minutes (5 days of 8 hours) a
 * week. Derived from the scorecard's findings only, so every renderer shows the same phases and numbers.
 *
 * @param phases the non-empty phases, in order
 */
public record Roadmap(List<Phase> phases) {
    /** One engineer's working week: 5 days of 8 hours. */
    public static final int MINUTES_PER_WEEK = 5 * 8 * 60;

    /** What a phase holds. */
    public enum Kind {
        BLOCKERS("Fix the blockers"),
        HIGH("Fix CRITICAL and HIGH findings"),
        REST("Fix the remaining findings");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One phase of the roadmap.
     *
     * @param number 1-based position among the non-empty phases
     * @param effortMinutes summed effort of the phase's findings
     * @param firstWeek the week (1-based) the phase starts in
     * @param lastWeek the week it ends in (equal to firstWeek for a phase within one week)
     */
    public record Phase(int number, Kind kind, List<Finding> findings, int effortMinutes, int firstWeek, int lastWeek) {
        public Phase {
            findings = List.copyOf(findings);
        }

        /** "Week 1" or "Weeks 2-3". */
        public String weeks() {
            return firstWeek == lastWeek ? "Week " + firstWeek : "Weeks " + firstWeek + "-" + lastWeek;
        }

        /** "Phase 1: Fix the blockers". */
        public String title() {
            return "Phase " + number + ": " + kind.title();
        }
    }

    public Roadmap {
        phases = List.copyOf(phases);
    }

    /** The roadmap of findings already sorted as the scorecard sorts them (blockers first, then by severity). */
    public static Roadmap of(List<Finding> findings) {
        List<Finding> todo = findings.stream().filter(f -> !f.waived()).toList();
        List<Phase> phases = new ArrayList<>();
        long done = 0;
        for (Kind kind : Kind.values()) {
            List<Finding> inPhase = todo.stream().filter(filter(kind)).toList();
            if (inPhase.isEmpty()) {
                continue;
            }
            int effort = inPhase.stream().mapToInt(Finding::effortMinutes).sum();
            int first = (int) (done / MINUTES_PER_WEEK) + 1;
            done += effort;
            int last = Math.max(first, (int) ((done + MINUTES_PER_WEEK - 1) / MINUTES_PER_WEEK));
            phases.add(new Phase(phases.size() + 1, kind, inPhase, effort, first, last));
        }
        return new Roadmap(phases);
    }

    private static Predicate<Finding> filter(Kind kind) {
        return switch (kind) {
            case BLOCKERS -> Finding::blocks;
            case HIGH -> f -> !f.blocks() && (f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH);
            case REST -> f -> !f.blocks() && f.severity().compareTo(Severity.HIGH) > 0;
        };
    }

    /** Effort of every phase together, in minutes. */
    public int totalEffortMinutes() {
        return phases.stream().mapToInt(Phase::effortMinutes).sum();
    }

    public boolean isEmpty() {
        return phases.isEmpty();
    }

    /** The week the last phase ends in; 0 for an empty roadmap. */
    public int lastWeek() {
        return phases.isEmpty() ? 0 : phases.get(phases.size() - 1).lastWeek();
    }
}
