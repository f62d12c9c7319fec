package io.github.readiness.maven.report;

import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.score.Scorecard;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the page shows: the scorecard (computed once, by {@code check} or by the report itself), and what the
 * scorecard does not carry: the project's display name, the effective policy with origins, and how old each
 * evidence file was when the build started.
 *
 * @param evidenceAges age per evidence path as the scorecard shows it, at the build's start (negative: written
 *     by this build); a path without an entry has no known age
 */
public record ReportPage(
        Scorecard card, String projectName, List<PolicyListing.Value> policy, Map<String, Duration> evidenceAges) {
    public ReportPage {
        policy = List.copyOf(policy);
        evidenceAges = Map.copyOf(evidenceAges);
    }
}
