package io.github.readiness.rules.rule.quality;

import static io.github.readiness.rules.rule.config.ConfigFixtures.evidence;
import static io.github.readiness.rules.rule.config.ConfigFixtures.marker;
import static io.github.readiness.rules.rule.config.ConfigFixtures.markers;
import static io.github.readiness.rules.rule.config.ConfigFixtures.notCollected;
import static io.github.readiness.rules.rule.config.ConfigFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodoMarkersRuleTest {
    private final TodoMarkersRule rule = new TodoMarkersRule();

    @Test
    void notApplicableWithoutASourceScan() {
        assertEquals(RuleOutcome.notApplicable(), run(rule, evidence(notCollected(), notCollected())));
    }

    @Test
    void noMarkerNoFinding() {
        assertEquals(RuleOutcome.unscored(List.of()), run(rule, evidence(markers(), notCollected())));
    }

    @Test
    void oneFindingWithCountsAndAtMostFiveLocations() {
        RuleOutcome outcome = run(
                rule,
                evidence(
                        markers(
                                marker("FIXME", "a.java", 3),
                                marker("TODO", "b.java", 10),
                                marker("TODO", "b.java", 12),
                                marker("HACK", "c.java", 7),
                                marker("TODO", "d.java", 1),
                                marker("FIXME", "e.java", 2),
                                marker("TODO", "f.java", 9)),
                        notCollected()));

        assertNull(outcome.score(), "unscored");
        assertEquals(1, outcome.findings().size());
        Finding finding = outcome.findings().get(0);
        assertEquals(
                "7 TODO/FIXME/HACK/XXX markers in main sources (TODO 4, FIXME 2, HACK 1); first: a.java:3,"
                        + " b.java:10, b.java:12, c.java:7, d.java:1",
                finding.message());
        assertEquals(Severity.LOW, finding.severity());
        assertFalse(finding.blocking());
        assertEquals(Category.CODE_QUALITY, finding.category());
        assertEquals("markers", finding.key());
        assertEquals(new Location("a.java", 3), finding.location());
        assertEquals(7.0, finding.measured());
        assertEquals(7 * 15, finding.effortMinutes());
    }

    @Test
    void oneMarker() {
        RuleOutcome outcome = run(rule, evidence(markers(marker("XXX", "src/main/java/A.java", 4)), notCollected()));

        assertEquals(
                "1 TODO/FIXME/HACK/XXX marker in main sources (XXX 1); first: src/main/java/A.java:4",
                outcome.findings().get(0).message());
        assertEquals(15, outcome.findings().get(0).effortMinutes());
    }
}
