package io.github.readiness.rules.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.rule.RuleOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a rule's score follows its findings once waivers judged them, per kind of score. */
public class WaiverRescoringTest {
    /** A waiver note for tests that waive findings by hand. */
    public static final WaiverNote NOTE = new WaiverNote("accepted", "team", LocalDate.of(2027, 1, 1), 30);

    /** Findings CRITICAL, HIGH, MEDIUM; 'waived' lists the indexes an active waiver accepts. */
    @ParameterizedTest(name = "{0}, waived [{1}] -> {2}")
    @CsvSource(
            nullValues = "null",
            delimiter = '|',
            value = {
                "decay    |       | 35.625", // 100 x 0.5 x 0.75 x 0.95
                "decay    | 0     | 71.25",
                "decay    | 0 1   | 95.0",
                "decay    | 0 1 2 | 100.0", // nothing left to cost anything
                "measured |       | 42.0",
                "measured | 0     | 42.0", // partly waived: the measurement still stands
                "measured | 0 1   | 42.0",
                "measured | 0 1 2 | null", // every finding waived: left out of the category (N/A)
            })
    void scoreCountingLeavesWaivedFindingsOut(String kind, String waived, Double expected) {
        List<Finding> findings =
                List.of(finding(Severity.CRITICAL, "a"), finding(Severity.HIGH, "b"), finding(Severity.MEDIUM, "c"));
        RuleOutcome outcome = kind.equals("decay") ? RuleOutcome.decayed(findings) : RuleOutcome.scored(42, findings);

        Double score = WaiverRescoring.score(outcome, judge(findings, waived == null ? "" : waived));

        if (expected == null) {
            assertEquals(null, score);
        } else {
            assertEquals(expected, score, 1e-9);
        }
    }

    @Test
    void aMeasuredScoreTheWaivedFindingsDidNotLowerStays() {
        List<Finding> flaky = List.of(finding(Severity.MEDIUM, "flaky"));
        assertEquals(100.0, WaiverRescoring.score(RuleOutcome.scored(100, flaky), judge(flaky, "0")));
    }

    @Test
    void aScoreComputedByTheRuleIsKeptUntilSomethingIsWaived() {
        List<Finding> findings = List.of(finding(Severity.LOW, "a"), finding(Severity.LOW, "b"));
        RuleOutcome outcome = RuleOutcome.scoredByFindings(12.5, findings, counted -> 10.0 * counted.size());

        assertEquals(12.5, WaiverRescoring.score(outcome, findings), "the rule's own number, to the last digit");
        assertEquals(10.0, WaiverRescoring.score(outcome, judge(findings, "1")));
    }

    /** One fix for findings 0-2 (effort on 0), another for 3-4; the group's effort moves to its first unwaived one. */
    @ParameterizedTest(name = "waived [{0}] -> efforts {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "      | 60 0 0 30 0",
                "1     | 60 0 0 30 0", // the carrier is unwaived: the rule's attribution stands
                "0     | 0 60 0 30 0",
                "0 1   | 0 0 60 30 0",
                "0 1 2 | 60 0 0 30 0", // all waived: left where it was (counted nowhere)
                "0 3   | 0 60 0 0 30",
            })
    void theEffortOfASharedFixMovesToItsFirstUnwaivedFinding(String waived, String efforts) {
        List<Finding> findings = List.of(
                finding(Severity.CRITICAL, "a", 60),
                finding(Severity.HIGH, "b", 0),
                finding(Severity.LOW, "c", 0),
                finding(Severity.HIGH, "d", 30),
                finding(Severity.LOW, "e", 0));
        RuleOutcome outcome = RuleOutcome.decayed(findings).withSharedFixes(List.of(List.of(0, 1, 2), List.of(3, 4)));

        List<Finding> after = WaiverRescoring.efforts(outcome, judge(findings, waived == null ? "" : waived));

        assertEquals(
                efforts,
                String.join(
                        " ",
                        after.stream()
                                .map(f -> String.valueOf(f.effortMinutes()))
                                .toList()));
        assertEquals(
                judge(findings, waived == null ? "" : waived).stream()
                        .map(Finding::waived)
                        .toList(),
                after.stream().map(Finding::waived).toList(),
                "only the effort moves");
    }

    @Test
    void aSharedFixNamesFindingsOfTheOutcome() {
        List<Finding> findings = List.of(finding(Severity.HIGH, "a"));
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleOutcome.decayed(findings).withSharedFixes(List.of(List.of(0, 1))));
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleOutcome.decayed(findings).withSharedFixes(List.of(List.of())));
    }

    @Test
    void noScoreStaysNoScoreAndTheFindingsMustBeTheOutcomes() {
        List<Finding> findings = List.of(finding(Severity.HIGH, "a"));
        assertEquals(null, WaiverRescoring.score(RuleOutcome.unscored(findings), judge(findings, "0")));
        assertThrows(
                IllegalArgumentException.class, () -> WaiverRescoring.score(RuleOutcome.decayed(findings), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RuleOutcome(null, findings, counted -> 1, List.of()));
    }

    static List<Finding> judge(List<Finding> findings, String waivedIndexes) {
        List<Finding> judged = new ArrayList<>(findings);
        for (String index : waivedIndexes.trim().split("\\s+")) {
            if (!index.isEmpty()) {
                int i = Integer.parseInt(index);
                judged.set(i, findings.get(i).waivedBy(NOTE));
            }
        }
        return judged;
    }

    private static Finding finding(Severity severity, String key) {
        return finding(severity, key, 1);
    }

    private static Finding finding(Severity severity, String key, int effort) {
        return new Finding(
                "r", Category.SECURITY, severity, false, key, "m " + key, null, null, null, "fix", effort, false);
    }
}
