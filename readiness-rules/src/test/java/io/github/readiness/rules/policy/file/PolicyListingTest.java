package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyListingTest {
    private static final Policy DEFAULTS = ReadinessEngine.withBuiltInRules().defaultPolicy();

    @Test
    void theBuiltInPolicyListsEveryValueAsBuiltIn() {
        TracedPolicy traced = TracedPolicy.of(DEFAULTS);
        List<String> lines = PolicyListing.lines(traced);
        assertEquals("Policy: built-in default", PolicyListing.sourcesLine(traced));
        // minScore, 12 categories, level and weight per rule plus 2 thresholds, an effort per rule but
        // baseline.ratchet, 4 security values, waivers, 2 settings, requiredLevel, coverage scope, reactor failAt,
        // onSkippedTests, projectType, checklist and attestations (none), performance budgets and maxRegression
        int rules = DEFAULTS.rules().size();
        assertEquals(1 + 12 + 2 * rules + 2 + (rules - 1) + 4 + 1 + 2 + 1 + 2 + 1 + 1 + 2 + 2, lines.size());
        assertEquals(
                List.of(
                        "baseline.ratchet level ERROR (built-in default)",
                        "baseline.ratchet weight 1 (built-in default)",
                        "policy.waivers level ERROR (built-in default)"),
                lines.stream()
                        .filter(line -> line.startsWith("baseline.ratchet ") || line.startsWith("policy.waivers l"))
                        .toList(),
                "a rule without an estimate of its own has no effort to list");
        assertEquals(
                List.of(
                        "minScore 80 (built-in default)",
                        "category test-coverage weight 3 (built-in default)",
                        "category tests weight 3 (built-in default)"),
                lines.subList(0, 3));
        assertEquals(
                List.of(
                        "coverage.evidence level ERROR (built-in default)",
                        "coverage.evidence weight 1 (built-in default)",
                        "coverage.evidence effort 15 min to configure JaCoCo or re-run the build (built-in default)",
                        "coverage.line threshold 80 % (built-in default)",
                        "coverage.line level ERROR (built-in default)",
                        "coverage.line weight 1 (built-in default)",
                        "coverage.line effort 5 min per line still to cover to reach the threshold (built-in default)"),
                lines.subList(13, 20));
        assertEquals(
                "security.vulnerabilities effort per vulnerable package (one upgrade fixes all its vulnerabilities):"
                        + " 60 min within the same major version, 240 min across a major version, 120 min when no fixed"
                        + " version is known (built-in default)",
                lines.stream()
                        .filter(line -> line.startsWith("security.vulnerabilities effort"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                List.of(
                        "security cvssPreference HIGHEST (built-in default)",
                        "security blockingSeverity CRITICAL (built-in default)",
                        "security maxAuditAgeDays 30 (built-in default)",
                        "security secretAllowList none (built-in default)",
                        "waivers none (built-in default)",
                        "waiverSettings warnDays 14 (built-in default)",
                        "waiverSettings maxDaysAhead none (built-in default)",
                        "requiredLevel none (built-in default)",
                        "coverage scope module (built-in default)",
                        "reactor failAt end (built-in default)",
                        "onSkippedTests auto (built-in default)",
                        "projectType auto (built-in default)",
                        "checklist none (built-in default)",
                        "attestations none (built-in default)",
                        "performance budgets none (built-in default)",
                        "performance maxRegression 10 % (built-in default)"),
                lines.subList(lines.size() - 16, lines.size()));
    }

    @Test
    void eachValueNamesItsOriginAndEachWaiverItsOwnLine() {
        TracedPolicy silver = new PolicyLoader(Path.of("."), getClass().getClassLoader())
                .apply(TracedPolicy.of(DEFAULTS), "silver", Path.of("."), "test");
        TracedPolicy traced = PolicyFileApplier.apply(
                        PolicySource.file(Path.of("readiness.yaml"), "readiness.yaml"),
                        PolicyFileReaderTest.yaml(PolicyFileApplierTest.EVERY_KEY),
                        silver)
                .withSource("readiness.yaml");
        List<String> lines = PolicyListing.lines(traced).stream()
                .filter(line -> !line.startsWith("checklist item ") && !line.startsWith("attestation "))
                .toList(); // the checklist's lines: theChecklistItemsAndAttestationsNameWhereTheyWereWritten
        assertEquals("Policy: preset silver, readiness.yaml", PolicyListing.sourcesLine(traced));
        assertEquals("minScore 85 (readiness.yaml line 1)", lines.get(0));
        assertEquals(
                List.of(
                        "coverage.line threshold 85 % (readiness.yaml line 5)",
                        "coverage.line level ERROR (readiness.yaml line 5)",
                        "coverage.line weight 2 (readiness.yaml line 5)",
                        "coverage.line effort 7 min per line still to cover to reach the threshold (readiness.yaml line 5)",
                        "coverage.branch threshold 70 % (preset silver)",
                        "coverage.branch level ERROR (preset silver)",
                        "coverage.branch weight 1 (built-in default)",
                        "coverage.branch effort 10 min per branch still to cover to reach the threshold (built-in default)"),
                lines.subList(16, 24));
        assertEquals(
                List.of(
                        "security cvssPreference V3 (readiness.yaml line 8)",
                        "security blockingSeverity HIGH (readiness.yaml line 9)",
                        "security maxAuditAgeDays 30 (readiness.yaml line 10)",
                        "security secretAllowList 'src/main/resources/dev/**' (readiness.yaml line 11)",
                        "waiver 1 coverage.line match 'CVE-2016-1000027' owner 'payments-team' expires 2027-03-31 reason"
                                + " 'legacy module, tests being written' (readiness.yaml line 13)",
                        "waiver 2 security.secrets owner 'platform' expires 2026-12-31 reason 'test keys' (readiness.yaml line 18)",
                        "waiverSettings warnDays 21 (readiness.yaml line 22)",
                        "waiverSettings maxDaysAhead 180 (readiness.yaml line 22)",
                        "requiredLevel silver (readiness.yaml line 23)",
                        "coverage scope both (readiness.yaml line 24)",
                        "reactor failAt module (readiness.yaml line 25)",
                        "onSkippedTests warn (readiness.yaml line 26)",
                        "projectType service (readiness.yaml line 27)",
                        "performance budgets '*' p95 800 ms (readiness.yaml line 35)",
                        "performance maxRegression 10 % (readiness.yaml line 39)"),
                lines.subList(lines.size() - 15, lines.size()));
    }

    @Test
    void theChecklistItemsAndAttestationsNameWhereTheyWereWritten() {
        TracedPolicy silver = new PolicyLoader(Path.of("."), getClass().getClassLoader())
                .apply(TracedPolicy.of(DEFAULTS), "silver", Path.of("."), "test");
        TracedPolicy project = PolicyFileApplier.apply(
                PolicySource.file(Path.of("readiness.yaml"), "readiness.yaml"), PolicyFileReaderTest.yaml("""
                        minScore: 85
                        checklist:
                          - {id: rollback-tested, title: Rollback procedure tested, category: deployment, validFor: 90d}
                          - {id: release-notes, title: Release notes written, category: documentation}
                        checklistRemove: [on-call, monitoring-alerting, security-review, dependency-audit]
                        """), silver);
        TracedPolicy traced = PolicyFileApplier.apply(
                PolicySource.file(Path.of("readiness-attestations.yaml"), "readiness-attestations.yaml"),
                PolicyFileReaderTest.yaml("""
                        # Attestations
                        attestations:
                          - item: rollback-tested
                            by: payments-team
                            date: 2026-11-30
                            evidence: "https://wiki.example.org/rollback"
                          - {item: runbook, by: sre, date: 2026-10-01, evidence: "https://wiki.example.org/runbook"}
                        """),
                project);
        assertEquals(
                List.of(
                        "checklist item tests-passing 'All unit tests passing' measured by tests.failures required"
                                + " (preset silver)",
                        "checklist item health-checks 'Health checks configured' measured by deployment.health"
                                + " required (preset silver)",
                        "checklist item staging-deployment 'Staging deployment successful' deployment required"
                                + " validFor 30d (preset silver)",
                        "checklist item load-test 'Load testing completed' deployment required validFor 90d"
                                + " (preset silver)",
                        "checklist item runbook 'On-call runbook created' observability required validFor 180d"
                                + " (preset silver)",
                        "checklist item rollback-tested 'Rollback procedure tested' deployment optional validFor 90d"
                                + " (readiness.yaml line 3)",
                        "checklist item release-notes 'Release notes written' documentation optional"
                                + " (readiness.yaml line 4)",
                        "attestation rollback-tested by 'payments-team' on 2026-11-30 evidence"
                                + " https://wiki.example.org/rollback (readiness-attestations.yaml line 3)",
                        "attestation runbook by 'sre' on 2026-10-01 evidence https://wiki.example.org/runbook"
                                + " (readiness-attestations.yaml line 7)"),
                PolicyListing.lines(traced).stream()
                        .filter(line -> line.startsWith("checklist item ") || line.startsWith("attestation "))
                        .toList());
    }
}
