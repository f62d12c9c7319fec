package io.github.readiness.rules.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.model.WaiverNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roadmap as a table: findings written as {@code <severity><b if blocking><w if waived>:<minutes>}, phases as
 * {@code <kind>:<count>:<minutes>:<first week>-<last week>}. A week is 2400 minutes.
 */
class RoadmapTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                           |                                          |
            only blockers                   | CRITICALb:480 HIGHb:120                  | BLOCKERS:2:600:1-1
            every phase within a week       | CRITICALb:60 HIGH:120 MEDIUM:30 INFO:0   | BLOCKERS:1:60:1-1 HIGH:1:120:1-1 REST:2:30:1-1
            no blocker: HIGH is phase 1     | CRITICAL:60 LOW:5                        | HIGH:1:60:1-1 REST:1:5:1-1
            a blocking LOW is a blocker     | LOWb:10 HIGH:20                          | BLOCKERS:1:10:1-1 HIGH:1:20:1-1
            ends exactly at week 1's end    | HIGHb:2400 MEDIUM:60                     | BLOCKERS:1:2400:1-1 REST:1:60:2-2
            one minute into week 2          | HIGHb:2401 MEDIUM:60                     | BLOCKERS:1:2401:1-2 REST:1:60:2-2
            two weeks exactly, then more    | HIGHb:2400 HIGHb:2400 HIGH:4800 LOW:1    | BLOCKERS:2:4800:1-2 HIGH:1:4800:3-4 REST:1:1:5-5
            a phase of no effort            | CRITICALb:60 HIGH:0 MEDIUM:10            | BLOCKERS:1:60:1-1 HIGH:1:0:1-1 REST:1:10:1-1
            zero effort at a week boundary  | HIGHb:2400 HIGH:0                        | BLOCKERS:1:2400:1-1 HIGH:1:0:2-2
            waived findings are left out    | CRITICALbw:480 HIGHw:60 MEDIUM:30        | REST:1:30:1-1
            only waived findings            | CRITICALbw:480                           |
            """)
    void phasesEffortsAndWeeks(String name, String findings, String phases) {
        Roadmap roadmap = Roadmap.of(findings(findings));
        assertEquals(phases == null ? "" : phases, describe(roadmap), name);
        assertEquals(roadmap.phases().isEmpty(), roadmap.isEmpty());
        for (int i = 0; i < roadmap.phases().size(); i++) {
            assertEquals(i + 1, roadmap.phases().get(i).number(), "phases are numbered from 1 without gaps");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                           |
            only blockers                   | CRITICALb:480 HIGHb:120
            every phase                     | CRITICALb:60 HIGH:120 MEDIUM:30 INFO:0 LOW:7
            waived findings are left out    | CRITICALbw:480 HIGHw:60 MEDIUM:30 HIGHb:2401
            """)
    void theTotalIsTheScorecardsTotalEffort(String name, String findings) {
        Scorecard card = card(findings(findings));
        Roadmap roadmap = card.roadmap();
        assertEquals(card.totalEffortMinutes(), roadmap.totalEffortMinutes(), name);
        assertEquals(
                roadmap.totalEffortMinutes(),
                roadmap.phases().stream().mapToInt(Roadmap.Phase::effortMinutes).sum());
        assertEquals(
                card.findings().stream().filter(f -> !f.waived()).toList(),
                roadmap.phases().stream().flatMap(p -> p.findings().stream()).toList(),
                "every unwaived finding once, in report order");
        assertEquals(
                roadmap.isEmpty()
                        ? 0
                        : roadmap.phases().get(roadmap.phases().size() - 1).lastWeek(),
                roadmap.lastWeek());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 1 | Week 1
            2 | 3 | Weeks 2-3
            """)
    void weeksAreWrittenForPeople(int first, int last, String weeks) {
        Roadmap.Phase phase = new Roadmap.Phase(2, Roadmap.Kind.HIGH, List.of(), 0, first, last);
        assertEquals(weeks, phase.weeks());
        assertEquals("Phase 2: Fix CRITICAL and HIGH findings", phase.title());
    }

    @ParameterizedTest
    @CsvSource({"BLOCKERS, Fix the blockers", "HIGH, Fix CRITICAL and HIGH findings", "REST, Fix the remaining findings"
    })
    void eachKindHasItsTitle(Roadmap.Kind kind, String title) {
        assertEquals(title, kind.title());
        assertEquals(2400, Roadmap.MINUTES_PER_WEEK, "5 days of 8 hours");
    }

    /** {@code CRITICALb:480 HIGHw:60}: severity, b = blocking, w = waived, then the effort in minutes. */
    static List<Finding> findings(String table) {
        List<Finding> findings = new ArrayList<>();
        if (table == null) {
            return findings;
        }
        int n = 0;
        for (String item : table.trim().split("\\s+")) {
            String[] parts = item.split(":");
            String flags = parts[0].replaceAll("[A-Z]", "");
            Severity severity = Severity.valueOf(parts[0].replaceAll("[a-z]", ""));
            Finding finding = new Finding(
                    "test.rule",
                    Category.TESTS,
                    severity,
                    flags.contains("b"),
                    "k" + n++,
                    "finding " + n,
                    null,
                    null,
                    null,
                    "fix it",
                    Integer.parseInt(parts[1]),
                    false);
            findings.add(
                    flags.contains("w")
                            ? finding.waivedBy(new WaiverNote("accepted", "team", LocalDate.of(2099, 1, 1), 100))
                            : finding);
        }
        findings.sort(ReadinessEngine.REPORT_ORDER);
        return findings;
    }

    private static String describe(Roadmap roadmap) {
        return String.join(
                " ",
                roadmap.phases().stream()
                        .map(p -> p.kind() + ":" + p.findings().size() + ":" + p.effortMinutes() + ":" + p.firstWeek()
                                + "-" + p.lastWeek())
                        .toList());
    }

    private static Scorecard card(List<Finding> findings) {
        return Scorecard.builder(new ToolInfo("readiness-maven-plugin", "test"), new ProjectInfo("g", "a", "1", "A"))
                .score(50, 80)
                .verdict(Verdict.NOT_READY, List.of())
                .findings(findings)
                .build();
    }
}
