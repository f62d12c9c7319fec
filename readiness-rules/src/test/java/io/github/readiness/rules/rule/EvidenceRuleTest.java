package io.github.readiness.rules.rule;

import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.missing;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.rule.coverage.CoverageEvidenceRule;
import io.github.readiness.rules.rule.tests.TestEvidenceRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceRuleTest {
    @ParameterizedTest(name = "coverage {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "NOT_AVAILABLE; nothing found: <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.15</version><executions><execution><goals><goal>prepare-agent</goal></goals></execution></executions></plugin> (if surefire sets <argLine>, it must include @{argLine})",
                "NOT_RUN; not this build's evidence: nothing found",
                "STALE; stale evidence: nothing found",
                "INVALID; unusable evidence: nothing found",
                "NOT_APPLICABLE; ",
            })
    void coverageEvidenceFailsClosed(EvidenceStatus status, String message) {
        Rule rule = new CoverageEvidenceRule();
        RuleOutcome outcome = RuleRun.run(
                rule,
                evidence(missing(status, "jacoco", "target/jacoco.exec", "nothing found"), tests(1, 0, 0, 0)),
                new RuleSettings(RuleLevel.ERROR, null, 1));
        assertNull(outcome.score(), "evidence rules never score: missing evidence is N/A, not 0 or 100");
        if (message == null) {
            assertTrue(outcome.findings().isEmpty());
            return;
        }
        Finding finding = outcome.findings().get(0);
        assertEquals(message, finding.message());
        assertEquals(Severity.HIGH, finding.severity());
        assertTrue(finding.blocking());
        assertEquals(status.name(), finding.key());
        // only missing evidence needs JaCoCo configured; unusable evidence the fix its message names; the other cases
        // need a real test run
        String fix = status == EvidenceStatus.NOT_AVAILABLE
                ? "Add the JaCoCo agent"
                : status == EvidenceStatus.INVALID ? "Fix what the message names" : "Run the build with its tests";
        assertTrue(finding.remediation().startsWith(fix), finding.remediation());
    }

    /** Classes a jacoco.xml leaves out are stated: HIGH when more lines are left out than measured, never blocking. */
    @ParameterizedTest(name = "{0} lines left out")
    @CsvSource(
            delimiter = '|',
            value = {"101 | HIGH", "100 | MEDIUM", "12 | MEDIUM"})
    void classesLeftOutOfTheReportAreAFinding(long excludedLines, Severity severity) {
        Rule rule = new CoverageEvidenceRule();
        var read = coverage(90, 10, 8, 2);
        var excluded = new io.github.readiness.rules.evidence.ExcludedClasses(
                2, excludedLines, 3, java.util.List.of("com.acme.Legacy", "com.acme.Old"));
        var coverage =
                io.github.readiness.rules.evidence.Collected.read(read.value().withExcluded(excluded), read.records());
        RuleOutcome outcome =
                RuleRun.run(rule, evidence(coverage, tests(1, 0, 0, 0)), new RuleSettings(RuleLevel.ERROR, null, 1));

        Finding finding = outcome.findings().get(0);
        assertEquals(
                "the coverage report leaves out 2 classes with " + excludedLines + " executable lines (3 covered),"
                        + " e.g. com.acme.Legacy, com.acme.Old: coverage is measured on 100 of " + (100 + excludedLines)
                        + " executable lines",
                finding.message());
        assertEquals(severity, finding.severity());
        assertEquals(false, finding.blocking());
        assertEquals("EXCLUDED", finding.key());
        assertTrue(finding.remediation().startsWith("Test the classes and remove them from the <excludes>"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "NOT_AVAILABLE| 'no test evidence: '",
                "NOT_RUN| 'not this build''s evidence: '",
                "STALE| 'stale evidence: '"
            })
    void testEvidenceFailsClosed(EvidenceStatus status, String prefix) {
        Rule rule = new TestEvidenceRule();
        RuleOutcome outcome = RuleRun.run(
                rule,
                evidence(coverage(1, 0, 0, 0), missing(status, "surefire", "target/surefire-reports", "why")),
                new RuleSettings(RuleLevel.ERROR, null, 1));
        assertEquals(prefix + "why", outcome.findings().get(0).message());
    }

    @org.junit.jupiter.api.Test
    void readEvidenceGivesNothing() {
        Rule rule = new TestEvidenceRule();
        RuleOutcome outcome = RuleRun.run(
                rule, evidence(coverage(1, 0, 0, 0), tests(1, 0, 0, 0)), new RuleSettings(RuleLevel.ERROR, null, 1));
        assertTrue(outcome.findings().isEmpty());
        assertNull(outcome.score());
    }
}
