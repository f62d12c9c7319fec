package io.github.readiness.rules.rule.observability;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.ErrorHandlingIssue;
import io.github.readiness.rules.evidence.source.ErrorHandlingKind;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHandlingRuleTest {
    private static final ServiceEvidence SERVICE =
            service(classpath("org.springframework.boot:spring-boot-starter-web"));

    private static RuleOutcome run(ServiceEvidence service, long linesOfCode, ErrorHandlingIssue... issues) {
        SourceScan scan =
                new SourceScan(3, linesOfCode, List.of(), List.of(), List.of(), List.of(), List.of(issues), List.of());
        ProjectEvidence evidence = new ProjectEvidence(
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                Collected.read(scan, List.of()),
                Collected.read(service, List.of()));
        return RuleRun.run(new ErrorHandlingRule(), evidence);
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    private static ErrorHandlingIssue issue(ErrorHandlingKind kind, String file, int line) {
        return new ErrorHandlingIssue(kind, new Location(file, line));
    }

    @Test
    void oneFindingPerKindWithCountDensityAndFirstLocations() {
        List<ErrorHandlingIssue> issues = new ArrayList<>();
        for (int line = 1; line <= 5; line++) {
            issues.add(issue(ErrorHandlingKind.CONSOLE_OUTPUT, "src/main/java/A.java", line));
        }
        issues.add(issue(ErrorHandlingKind.EMPTY_CATCH, "src/main/java/B.java", 7));

        RuleOutcome outcome = run(SERVICE, 2000, issues.toArray(ErrorHandlingIssue[]::new));

        assertEquals(
                List.of(
                        "MEDIUM false empty-catch 5 1 x empty catch block in the main sources (0.5 per 1,000 lines),"
                                + " at src/main/java/B.java:7",
                        "LOW false console-output 25 5 x System.out/System.err printing in the main sources (2.5 per"
                                + " 1,000 lines), first at src/main/java/A.java:1, src/main/java/A.java:2,"
                                + " src/main/java/A.java:3, ..."),
                outcome.findings().stream().map(ErrorHandlingRuleTest::line).toList());
        // d = (3 x 1 + 5) / 2 KLOC = 4 per KLOC
        assertEquals(100 * Math.pow(0.5, 4.0 / 20), outcome.score(), 1e-9);
    }

    @Test
    void cleanCodeScoresOneHundredAndALibraryIsNotApplicable() {
        assertEquals(RuleOutcome.scored(100, List.of()), run(SERVICE, 500));
        ServiceEvidence library =
                new ServiceEvidence(ProjectType.LIBRARY, SERVICE.detected(), SERVICE.classpath(), SERVICE.config());
        assertEquals(
                RuleOutcome.notApplicable(),
                run(library, 500, issue(ErrorHandlingKind.PRINT_STACK_TRACE, "src/main/java/A.java", 3)));
    }

    private static String line(Finding finding) {
        return finding.severity() + " " + finding.blocking() + " " + finding.key() + " " + finding.effortMinutes() + " "
                + finding.message();
    }
}
