package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.CoverageScope;
import io.github.readiness.rules.policy.EffortRate;
import io.github.readiness.rules.policy.FailAt;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.ReactorSettings;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.policy.SecurityPolicy;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.Waivers;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.ListNode;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyFileApplierTest {
    /** The documented example: every key of every level (extends aside, which the loader follows). */
    static final String EVERY_KEY = """
            minScore: 85
            categories:
              test-coverage: {weight: 4}
            rules:
              coverage.line: {threshold: 85%, level: ERROR, weight: 2, effort: 7}
              docs.changelog: {level: OFF}
            security:
              cvssPreference: V3
              blockingSeverity: HIGH
              maxAuditAgeDays: 30
              secretAllowList: [ "src/main/resources/dev/**" ]
            waivers:
              - rule: coverage.line
                match: CVE-2016-1000027
                reason: legacy module, tests being written
                owner: payments-team
                expires: 2027-03-31
              - rule: security.secrets
                reason: test keys
                owner: platform
                expires: 2026-12-31
            waiverSettings: {warnDays: 21, maxDaysAhead: 180}
            requiredLevel: silver
            coverage: {scope: both}
            reactor: {failAt: module}
            onSkippedTests: warn
            projectType: service
            checklist:
              - {id: rollback-tested, title: Rollback procedure tested, category: deployment, required: true, validFor: 90d, rule: }
              - {id: load-test, title: Load test, category: deployment}
            checklistRemove: [load-test]
            attestations:
              - {item: rollback-tested, by: payments-team, date: 2026-11-30, evidence: "https://wiki.example.org/rollback"}
            performance:
              budgets:
                - scenario: "*"
                  p95: 800ms
              benchmarks:
                maxRegression: 10%
            """;

    private final Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();

    private TracedPolicy apply(String yaml, String name, TracedPolicy base) {
        return PolicyFileApplier.apply(PolicySource.file(Path.of(name), name), PolicyFileReaderTest.yaml(yaml), base);
    }

    @Test
    void everyKeySetsItsValue() {
        Policy policy =
                apply(EVERY_KEY, "readiness.yaml", TracedPolicy.of(defaults)).policy();
        assertEquals(85, policy.minScore());
        assertEquals(4, policy.weight(Category.TEST_COVERAGE));
        assertEquals(new RuleSettings(RuleLevel.ERROR, 0.85, 2, effort(7)), policy.rule("coverage.line"));
        assertEquals(RuleLevel.OFF, policy.rule("docs.changelog").level());
        assertEquals(new SecurityPolicy(CvssPreference.V3, Severity.HIGH, 30), policy.security());
        assertEquals(
                List.of("src/main/resources/dev/**"), policy.secretAllowList().entries());
        assertEquals(
                new Waivers(
                        List.of(
                                new Waiver(
                                        "coverage.line",
                                        "CVE-2016-1000027",
                                        "legacy module, tests being written",
                                        "payments-team",
                                        LocalDate.of(2027, 3, 31)),
                                new Waiver(
                                        "security.secrets", null, "test keys", "platform", LocalDate.of(2026, 12, 31))),
                        21,
                        180),
                policy.waivers());
        assertEquals(MaturityLevel.SILVER, policy.requiredLevel());
        assertEquals(new ReactorSettings(CoverageScope.BOTH, FailAt.MODULE), policy.reactor());
        assertEquals(io.github.readiness.rules.policy.OnSkippedTests.WARN, policy.onSkippedTests());
        assertEquals(io.github.readiness.rules.model.ProjectType.SERVICE, policy.projectType());
        assertEquals(
                new io.github.readiness.rules.checklist.Checklist(
                        List.of(new io.github.readiness.rules.checklist.ChecklistItem(
                                "rollback-tested",
                                "Rollback procedure tested",
                                Category.DEPLOYMENT,
                                true,
                                java.time.Period.ofDays(90),
                                null)),
                        List.of(new io.github.readiness.rules.checklist.Attestation(
                                "rollback-tested",
                                "payments-team",
                                LocalDate.of(2026, 11, 30),
                                "https://wiki.example.org/rollback",
                                true,
                                "readiness.yaml line 33"))),
                policy.checklist());
        assertEquals(
                defaults.rule("coverage.branch"), policy.rule("coverage.branch"), "what the file does not name stays");
    }

    @Test
    void theExampleUsesEveryKnownKeySoEveryKeyHasAHandler() {
        MapNode root = PolicyFileReaderTest.yaml(EVERY_KEY);
        assertEquals(PolicyKeys.TOP.subList(1, PolicyKeys.TOP.size()), keys(root));
        assertEquals(PolicyKeys.CATEGORY, keys(child(root, "categories", "test-coverage")));
        assertEquals(PolicyKeys.RULE, keys(child(root, "rules", "coverage.line")));
        assertEquals(
                PolicyKeys.SECURITY_KEYS, keys((MapNode) root.entry("security").value()));
        assertEquals(PolicyKeys.WAIVER, keys((MapNode)
                ((ListNode) root.entry("waivers").value()).items().get(0)));
        assertEquals(PolicyKeys.WAIVER_SETTINGS_KEYS, keys((MapNode)
                root.entry("waiverSettings").value()));
        assertEquals(
                PolicyKeys.COVERAGE_KEYS, keys((MapNode) root.entry("coverage").value()));
        assertEquals(
                PolicyKeys.REACTOR_KEYS, keys((MapNode) root.entry("reactor").value()));
        assertEquals(PolicyKeys.CHECKLIST_ITEM, keys((MapNode)
                ((ListNode) root.entry("checklist").value()).items().get(0)));
        assertEquals(PolicyKeys.ATTESTATION, keys((MapNode)
                ((ListNode) root.entry("attestations").value()).items().get(0)));
    }

    @Test
    void everyValueRecordsItsFileAndLine() {
        TracedPolicy traced = apply(EVERY_KEY, "readiness.yaml", TracedPolicy.of(defaults));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("minScore", "readiness.yaml line 1"),
                Map.entry("category test-coverage weight", "readiness.yaml line 3"),
                Map.entry("coverage.line threshold", "readiness.yaml line 5"),
                Map.entry("coverage.line level", "readiness.yaml line 5"),
                Map.entry("coverage.line weight", "readiness.yaml line 5"),
                Map.entry("coverage.line effort", "readiness.yaml line 5"),
                Map.entry("docs.changelog level", "readiness.yaml line 6"),
                Map.entry("security cvssPreference", "readiness.yaml line 8"),
                Map.entry("security blockingSeverity", "readiness.yaml line 9"),
                Map.entry("security maxAuditAgeDays", "readiness.yaml line 10"),
                Map.entry("security secretAllowList", "readiness.yaml line 11"),
                Map.entry("waivers", "readiness.yaml line 12"),
                Map.entry("waiver 1", "readiness.yaml line 13"),
                Map.entry("waiver 2", "readiness.yaml line 18"),
                Map.entry("waiverSettings warnDays", "readiness.yaml line 22"),
                Map.entry("waiverSettings maxDaysAhead", "readiness.yaml line 22"),
                Map.entry("coverage.branch threshold", TracedPolicy.BUILT_IN),
                Map.entry("category security weight", TracedPolicy.BUILT_IN));
        expected.forEach((value, origin) -> assertEquals(origin, traced.origin(value), value));
    }

    @Test
    void laterFilesWinValueByValueAndListsAreReplacedWhole() {
        TracedPolicy shared = apply(EVERY_KEY, "shared.yaml", TracedPolicy.of(defaults));
        TracedPolicy project = apply("""
                rules:
                  coverage.line: {threshold: 95%}
                security:
                  secretAllowList: [ "fingerprint:3f2a9c01b7de" ]
                waivers:
                  - rule: tests.failures
                    reason: flaky on CI
                    owner: qa
                    expires: 2027-01-15
                """, "readiness.yaml", shared);
        Policy policy = project.policy();
        assertEquals(new RuleSettings(RuleLevel.ERROR, 0.95, 2, effort(7)), policy.rule("coverage.line"));
        assertEquals("readiness.yaml line 2", project.origin("coverage.line threshold"));
        assertEquals("shared.yaml line 5", project.origin("coverage.line weight"));
        assertEquals(
                List.of("fingerprint:3f2a9c01b7de"), policy.secretAllowList().entries());
        assertEquals(
                List.of("tests.failures"),
                policy.waivers().entries().stream().map(Waiver::rule).toList());
        assertEquals(21, policy.waivers().warnDays(), "waiver settings stay when only the list changes");
        assertEquals("readiness.yaml line 6", project.origin("waiver 1"));
        assertEquals(TracedPolicy.BUILT_IN, project.origin("waiver 2"), "the replaced list's second waiver is gone");
        assertEquals(85, policy.minScore());
    }

    @Test
    void anEmptyListRemovesTheWaiversAndAnEmptyMatchWaivesEveryFinding() {
        TracedPolicy shared = apply(EVERY_KEY, "shared.yaml", TracedPolicy.of(defaults));
        assertEquals(
                List.of(),
                apply("waivers: []", "readiness.yaml", shared)
                        .policy()
                        .waivers()
                        .entries());
        Waiver waiver = apply(
                        "waivers:\n  - {rule: coverage.line, match: '', reason: r, owner: o, expires: 2027-03-31}",
                        "readiness.yaml",
                        shared)
                .policy()
                .waivers()
                .entries()
                .get(0);
        assertNull(waiver.match());
    }

    @Test
    void jsonSpellsTheSameValues() {
        MapNode json = PolicyFileReaderTest.read("""
                {"minScore": 85,
                 "rules": {"coverage.line": {"threshold": 0.85, "level": "WARN"}},
                 "waivers": [{"rule": "coverage.line", "reason": "r", "owner": "o", "expires": "2027-03-31"}]}
                """, "readiness.json", PolicyFormat.JSON);
        TracedPolicy traced = PolicyFileApplier.apply(
                PolicySource.file(Path.of("readiness.json"), "readiness.json"), json, TracedPolicy.of(defaults));
        assertEquals(
                new RuleSettings(RuleLevel.WARN, 0.85, 1, effort(5)),
                traced.policy().rule("coverage.line"));
        assertEquals("readiness.json line 3", traced.origin("waiver 1"));
    }

    private EffortRate effort(int minutesPerUnit) {
        return new EffortRate(defaults.rule("coverage.line").effort().model(), minutesPerUnit);
    }

    private static MapNode child(MapNode root, String section, String key) {
        return (MapNode) ((MapNode) root.entry(section).value()).entry(key).value();
    }

    private static List<String> keys(MapNode map) {
        return map.entries().stream().map(Entry::key).toList();
    }
}
