package io.github.readiness.rules.report;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistItem;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.readback.ScorecardJsonReader;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** checklist[] read back from readiness.json is the checklist the engine judged (the report page reuses the file). */
class ChecklistJsonReaderTest {
    @Test
    void theChecklistRoundTrips() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 7);
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        ChecklistItem review = new ChecklistItem(
                "security-review", "Security review signed off", Category.SECURITY, true, Period.ofDays(90), null);
        ChecklistItem notes =
                new ChecklistItem("release-notes", "Release notes", Category.DOCUMENTATION, false, null, null);
        ChecklistItem tests =
                new ChecklistItem("tests-passing", "All unit tests passing", null, true, null, "tests.failures");
        Attestation attestation =
                new Attestation("security-review", "appsec", today.minusDays(85), "docs/review.md", true, null);
        Scorecard card = engine.evaluate(
                PROJECT,
                evidence(coverage(90, 10, 9, 1), tests(10, 0, 0, 0)),
                engine.defaultPolicy()
                        .withChecklist(new Checklist(List.of(review, notes, tests), List.of(attestation))),
                TOOL,
                today);
        StringWriter json = new StringWriter();
        JsonRenderer.write(card, json);
        Scorecard back = ScorecardJsonReader.read(
                new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
                Rules.metadata(Rules.builtIn()));
        assertEquals(card.checklist(), back.checklist());
    }
}
