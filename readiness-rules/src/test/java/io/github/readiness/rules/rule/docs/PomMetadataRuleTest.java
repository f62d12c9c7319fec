package io.github.readiness.rules.rule.docs;

import static io.github.readiness.rules.rule.docs.DocumentationFixtures.MODULE_AND_ROOT;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.build;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.evidence;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.notCollected;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.repository;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.run;
import static io.github.readiness.rules.rule.docs.DocumentationFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PomMetadataRuleTest {
    private final PomMetadataRule rule = new PomMetadataRule();

    /** A value of '-' is null (absent), '' is blank: both are missing. */
    @ParameterizedTest(name = "{0} | {1} | {2} | {3} | {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        App | Does things | https://x | scm:git:x | GitHub | 100 | ''
        -   | Does things | https://x | scm:git:x | GitHub | 80  | name
        App | '  '        | https://x | scm:git:x | GitHub | 80  | description
        App | Does things | -         | -         | GitHub | 60  | url scm
        App | -           | https://x | scm:git:x | -      | 60  | description issueManagement
        -   | -           | -         | -         | -      | 0   | name description url scm issueManagement
        """)
    void scoresTheShareOfTheFiveElementsPresent(
            String name, String description, String url, String scm, String issues, double score, String keys) {
        RuleOutcome outcome = run(
                rule, evidence(build(new PomMetadata(name, description, url, List.of(), scm, issues)), notCollected()));

        assertEquals(score, outcome.score());
        assertEquals(
                keys,
                String.join(" ", outcome.findings().stream().map(Finding::key).toList()));
    }

    /** petclinic: Spring Boot's description and url are Spring Boot's, not petclinic's. */
    @Test
    void metadataInheritedFromAParentOutsideTheProjectDoesNotDescribeIt() {
        String boot = "org.springframework.boot:spring-boot-starter-parent:4.0.3";
        PomMetadata inherited = new PomMetadata(
                "petclinic",
                "Parent pom providing dependency and plugin management",
                "https://spring.io/projects/spring-boot/spring-petclinic",
                List.of(),
                "scm:git:x",
                "GitHub",
                Map.of("description", boot, "url", boot));

        RuleOutcome outcome = run(rule, evidence(build(inherited), notCollected()));

        assertEquals(60.0, outcome.score());
        assertEquals(
                List.of("description", "url"),
                outcome.findings().stream().map(Finding::key).toList());
        assertEquals(
                "<description> of pom.xml is inherited from " + boot + ", a parent outside this project: it"
                        + " describes that parent, not this project",
                outcome.findings().get(0).message());
        assertFalse(outcome.findings().get(0).blocking());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        name            | Add <name>:
        description     | Add <description>:
        url             | Add <url>:
        scm             | Add <scm> with
        issueManagement | Add <issueManagement> with
        """)
    void eachMissingElementIsALowFindingAtThePom(String element, String remedyStart) {
        PomMetadata all = new PomMetadata("App", "Does things", "https://x", List.of(), "scm:git:x", "GitHub");
        PomMetadata without = switch (element) {
            case "name" ->
                new PomMetadata(null, all.description(), all.url(), List.of(), all.scm(), all.issueManagement());
            case "description" ->
                new PomMetadata(all.name(), null, all.url(), List.of(), all.scm(), all.issueManagement());
            case "url" ->
                new PomMetadata(all.name(), all.description(), null, List.of(), all.scm(), all.issueManagement());
            case "scm" ->
                new PomMetadata(all.name(), all.description(), all.url(), List.of(), null, all.issueManagement());
            default -> new PomMetadata(all.name(), all.description(), all.url(), List.of(), all.scm(), null);
        };

        Finding finding = single(run(rule, evidence(build(without), repository(MODULE_AND_ROOT, Map.of()))));

        assertEquals("docs.pom-metadata", finding.rule());
        assertEquals(element, finding.key());
        assertEquals("no <" + element + "> in pom.xml (nor inherited from a parent)", finding.message());
        assertEquals(Severity.LOW, finding.severity());
        assertFalse(finding.blocking());
        assertEquals(5, finding.effortMinutes());
        assertEquals(Location.of("pom.xml"), finding.location());
        assertTrue(finding.remediation().startsWith(remedyStart), finding.remediation());
    }

    @Test
    void licencesAreNotItsBusiness() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        build(new PomMetadata("App", "Does things", "https://x", List.of(), "scm:git:x", "GitHub")),
                        notCollected()));

        assertEquals(100.0, outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    @Test
    void notApplicableWithoutABuildModelEvenWithARepositoryScan() {
        RuleOutcome outcome = run(rule, evidence(notCollected(), repository(MODULE_AND_ROOT, Map.of())));

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }
}
