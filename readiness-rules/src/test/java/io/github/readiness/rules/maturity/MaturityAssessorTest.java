package io.github.readiness.rules.maturity;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvaluationRequest;
import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.Waivers;
import io.github.readiness.rules.policy.file.MaturityPresets;
import io.github.readiness.rules.score.Scorecard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same evidence judged against bronze (line 60 %), silver (80 %) and gold (90 %, minScore 90). */
class MaturityAssessorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
    private final Policy defaults = engine.defaultPolicy();
    private final MaturityPresets presets =
            MaturityPresets.load(defaults, Path.of("."), MaturityAssessorTest.class.getClassLoader());
    /** Gold's checklist requires a security review even of a library: the project's attestation counts at each level. */
    private final Policy reviewed = defaults.withChecklist(new Checklist(
            List.of(),
            List.of(new Attestation(
                    "security-review", "appsec", TODAY.minusDays(10), "https://wiki.example.org/review", true, null))));

    @ParameterizedTest(name = "{0} % of lines covered -> {1}")
    @CsvSource({
        "95, GOLD, , ",
        "85, SILVER, GOLD, coverage.line",
        "70, BRONZE, SILVER, coverage.line",
        "50, STONE, BRONZE, coverage.line",
    })
    void theLevelIsTheHighestPresetPassedAndTheNextOneSaysWhatIsMissing(
            int linePercent, MaturityLevel level, MaturityLevel next, String missingRule) {
        MaturityAssessment assessment = assess(lines(linePercent), reviewed);

        assertEquals(level, assessment.level());
        assertEquals(next, assessment.next());
        if (missingRule == null) {
            assertEquals(List.of(), assessment.missing());
        } else {
            assertTrue(
                    assessment.missing().stream().anyMatch(m -> m.startsWith(missingRule + ": ")),
                    assessment.missing().toString());
        }
        assertNull(assessment.required());
        assertFalse(assessment.belowRequired());
    }

    @Test
    void theProjectsWaiversCountAtEveryLevelButItsThresholdsDoNot() {
        Policy lenient = defaults.withThreshold("coverage.line", "50%");
        assertEquals(MaturityLevel.BRONZE, assess(lines(70), lenient).level(), "a level is a shared bar");

        Policy waived = reviewed.withWaivers(new Waivers(
                List.of(new Waiver("coverage.line", null, "tests being written", "payments-team", TODAY.plusDays(30))),
                Waivers.DEFAULT_WARN_DAYS,
                null));
        assertEquals(MaturityLevel.GOLD, assess(lines(70), waived).level());
    }

    @Test
    void aMeasuredChecklistItemIsNotListedBesideItsOwnRulesBlocker() {
        ProjectEvidence noAudit = new ProjectEvidence(
                coverage(70, 30, 8, 2),
                tests(12, 0, 0, 0),
                Collected.missing(EvidenceStatus.NOT_AVAILABLE, "no dependency-check report", List.of()),
                EvidenceFixtures.noScanners());
        MaturityAssessment assessment = assess(noAudit, reviewed);
        List<String> silverNeeds = assessment.missing();

        assertTrue(silverNeeds.stream().anyMatch(m -> m.startsWith("dependencies.audit: ")), silverNeeds.toString());
        assertFalse(
                silverNeeds.stream().anyMatch(m -> m.contains("checklist item dependency-audit")),
                "silver's measured item dependency-audit fails only because of dependencies.audit, named once: "
                        + silverNeeds);
    }

    @Test
    void goldNeedsTheSecurityReviewAttested() {
        MaturityAssessment assessment = assess(lines(95), defaults);
        assertEquals(MaturityLevel.SILVER, assessment.level());
        assertEquals(MaturityLevel.GOLD, assessment.next());
        assertEquals(
                List.of("policy.checklist: required checklist item security-review (Security review signed off) is"
                        + " missing: not attested: mvn readiness:attest -Ditem=security-review -Devidence=<file or"
                        + " https URL>"),
                assessment.missing());
    }

    @Test
    void belowTheRequiredLevelTheGateFailsWithBothLevelsNamed() {
        Policy requiresGold = defaults.withRequiredLevel("gold");
        ProjectEvidence evidence = lines(85);
        Scorecard card = engine.evaluate(PROJECT, evidence, requiresGold, TOOL, TODAY);
        assertEquals(Verdict.READY, card.verdict(), "85 % passes the project's own 80 % bar");

        Scorecard gated = engine.evaluate(request(evidence, requiresGold).withMaturity(presets));

        assertEquals(Verdict.NOT_READY, gated.verdict());
        assertEquals(1, gated.verdictReasons().size());
        assertEquals(
                "maturity level silver is below the required gold",
                gated.verdictReasons().get(0));
        assertTrue(
                gated.maturity()
                        .missing()
                        .get(0)
                        .startsWith("coverage.line: line coverage is 85.0 %, but expected" + " minimum is 90 %"),
                "what gold needs is listed once, with the maturity level");
        assertEquals(card.findings(), gated.findings(), "a level is a verdict reason, not a finding");
    }

    @Test
    void atOrAboveTheRequiredLevelTheVerdictIsUntouched() {
        Policy requiresBronze = defaults.withRequiredLevel("Bronze");
        ProjectEvidence evidence = lines(95);
        Scorecard card = engine.evaluate(PROJECT, evidence, requiresBronze, TOOL, TODAY);
        MaturityAssessment assessment = assess(evidence, requiresBronze);

        Scorecard gated = engine.evaluate(request(evidence, requiresBronze).withMaturity(presets));

        assertEquals(assessment, gated.maturity());
        assertEquals(card.verdict(), gated.verdict());
        assertEquals(card.verdictReasons(), gated.verdictReasons());
    }

    private MaturityAssessment assess(ProjectEvidence evidence, Policy policy) {
        return new MaturityAssessor(presets)
                .assess(policy, level -> engine.evaluate(PROJECT, evidence, level, TOOL, TODAY));
    }

    private static EvaluationRequest request(ProjectEvidence evidence, Policy policy) {
        return EvaluationRequest.of(PROJECT, TOOL, evidence, policy, TODAY);
    }

    /** Tests pass; branches always 80 %; lines covered as given. */
    private static ProjectEvidence lines(int percent) {
        return evidence(coverage(percent, 100 - percent, 8, 2), tests(12, 0, 0, 0));
    }
}
