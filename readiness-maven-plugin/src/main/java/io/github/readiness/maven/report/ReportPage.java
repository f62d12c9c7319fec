package io.github.readiness.maven.report;

import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.score.Scorecard;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the page shows: the scorecard (computed once, by {@code check} or by the report itself), and what the
 * scorecard does not carry: the project's display name, the effective policy with origins, how old each evidence
 * file was when the build started, and at a reactor root the reactor's modules and aggregated coverage.
 *
 * @param evidenceAges age per evidence path as the scorecard shows it, at the build's start (negative: written
 *     by this build); a path without an entry has no known age
 * @param reactor the reactor result's modules and coverage when the card is the reactor's, else null
 */
public record ReportPage(
        Scorecard card,
        String projectName,
        List<PolicyListing.Value> policy,
        Map<String, Duration> evidenceAges,
        ReactorView reactor) {
    public ReportPage {
        policy = List.copyOf(policy);
        evidenceAges = Map.copyOf(evidenceAges);
    }

    /** A module's page (no reactor part). */
    public ReportPage(
            Scorecard card, String projectName, List<PolicyListing.Value> policy, Map<String, Duration> evidenceAges) {
        this(card, projectName, policy, evidenceAges, null);
    }
}
