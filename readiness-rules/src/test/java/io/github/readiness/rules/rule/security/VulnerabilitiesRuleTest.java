package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.EvidenceFixtures.audit;
import static io.github.readiness.rules.rule.security.SecurityFixtures.below;
import static io.github.readiness.rules.rule.security.SecurityFixtures.cve;
import static io.github.readiness.rules.rule.security.SecurityFixtures.dependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.matchedBelow;
import static io.github.readiness.rules.rule.security.SecurityFixtures.run;
import static io.github.readiness.rules.rule.security.SecurityFixtures.schemaspyDependency;
import static io.github.readiness.rules.rule.security.SecurityFixtures.vuln;
import static io.github.readiness.rules.rule.security.SecurityFixtures.withAudit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.security.Vulnerability;
import io.github.readiness.rules.evidence.security.VulnerableDependency;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VulnerabilitiesRuleTest {
    private static final Policy DEFAULT = EvidenceFixtures.POLICY;
    private static final Policy BLOCK_HIGH = DEFAULT.withBlockingSeverity("HIGH");

    private final VulnerabilitiesRule rule = new VulnerabilitiesRule();

    @Test
    void noReadAuditIsNotThisRulesConcern() {
        RuleOutcome outcome = run(
                rule,
                withAudit(EvidenceFixtures.missing(
                        EvidenceStatus.NOT_AVAILABLE,
                        "dependency-check",
                        "target/dependency-check-report.json",
                        "none")));

        assertNull(outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    @Test
    void aCleanAuditFindsNothingAndScoresFull() {
        RuleOutcome outcome = run(rule, withAudit(audit(40)));

        assertEquals(100.0, outcome.score());
        assertEquals(List.of(), outcome.findings());
    }

    /**
     * Severity by the highest CVSS score (the default preference), else the report's word; blocking at or above the
     * policy's blocking severity (CRITICAL by default, HIGH here on the right), and whenever CISA lists it as known
     * exploited.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                     | CVSS v3 | reported | KEV   | severity | decided by                                | blocks by default | blocks at HIGH
        critical                   | 9.8     | -        | false | CRITICAL | CVSS v3 9.8                               | true              | true
        critical at the bound      | 9.0     | -        | false | CRITICAL | CVSS v3 9.0                               | true              | true
        high                       | 8.9     | -        | false | HIGH     | CVSS v3 8.9                               | false             | true
        high at the bound          | 7.0     | -        | false | HIGH     | CVSS v3 7.0                               | false             | true
        medium                     | 6.9     | -        | false | MEDIUM   | CVSS v3 6.9                               | false             | false
        low                        | 3.9     | -        | false | LOW      | CVSS v3 3.9                               | false             | false
        known exploited medium     | 6.1     | -        | true  | MEDIUM   | CVSS v3 6.1                               | true              | true
        known exploited, no score  | -       | low      | true  | LOW      | reported severity 'low' (no CVSS score)   | true              | true
        unscored RetireJS medium   | -       | medium   | false | MEDIUM   | reported severity 'medium' (no CVSS score)| false             | false
        """)
    void severityAndBlocking(
            String name,
            Double cvss3,
            String reported,
            boolean kev,
            Severity severity,
            String decidedBy,
            boolean blocksByDefault,
            boolean blocksAtHigh) {
        SecurityFixtures.Vuln vuln = vuln("CVE-2020-0001").reported(reported);
        if (cvss3 != null) {
            vuln.cvss(3, cvss3);
        }
        if (kev) {
            vuln.kev();
        }
        VulnerableDependency lib = dependency("pkg:maven/com.acme/lib@1.0", vuln.build());

        Finding byDefault = single(run(rule, withAudit(audit(3, lib)), DEFAULT));
        Finding atHigh = single(run(rule, withAudit(audit(3, lib)), BLOCK_HIGH));

        assertEquals(severity, byDefault.severity());
        assertEquals(blocksByDefault, byDefault.blocking());
        assertEquals(blocksAtHigh, atHigh.blocking());
        assertEquals("CVE-2020-0001 com.acme:lib", byDefault.key());
        assertEquals(
                "CVE-2020-0001 in com.acme:lib 1.0: " + severity + " by " + decidedBy
                        + (kev ? ", known exploited (CISA KEV)" : ""),
                byDefault.message());
        assertEquals(Category.SECURITY, byDefault.category());
        assertEquals(120, byDefault.effortMinutes(), "no range, so no known fix");
    }

    /** CVE-2025-67721 in schemaspy's aircompressor: CVSS v3 7.5 (HIGH), v4 6.3 (MEDIUM; the report says MEDIUM). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        HIGHEST | HIGH   | CVSS v3 7.5 | true
        V4      | MEDIUM | CVSS v4 6.3 | false
        V3      | HIGH   | CVSS v3 7.5 | true
        V2      | HIGH   | CVSS v3 7.5 | true
        """)
    void theCvssPreferenceDecides(String preference, Severity severity, String decidedBy, boolean blocksAtHigh)
            throws Exception {
        VulnerableDependency aircompressor = schemaspyDependency("aircompressor-0.27.jar");
        Policy policy = BLOCK_HIGH.withCvssPreference(preference);

        Finding finding = single(run(rule, withAudit(audit(229, aircompressor)), policy));

        assertEquals(severity, finding.severity());
        assertEquals(blocksAtHigh, finding.blocking());
        assertEquals(
                "CVE-2025-67721 in io.airlift:aircompressor 0.27 (used by SchemaSpy Maven Plugin:provided): " + severity
                        + " by " + decidedBy,
                finding.message());
        assertEquals("CVE-2025-67721 io.airlift:aircompressor", finding.key());
        assertEquals(240, finding.effortMinutes(), "0.27 to 2.0.3 crosses a major version");
        assertFalse(
                single(run(rule, withAudit(audit(229, aircompressor)), DEFAULT.withCvssPreference(preference)))
                        .blocking(),
                "not CRITICAL whatever the preference: blocks only at HIGH");
    }

    /** 100 x 0.5^CRITICAL x 0.75^HIGH x 0.95^MEDIUM x 0.99^LOW over active vulnerabilities. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        one critical and one high   | 9.8 7.5         | 37.5
        one medium                  | 5.0             | 95
        two lows and one high       | 2.0 3.0 8.0     | 73.5075
        """)
    void scoreDecaysWithEachActiveVulnerability(String name, String scores, double expected) {
        String[] cvss = scores.split(" ");
        Vulnerability[] vulnerabilities = new Vulnerability[cvss.length];
        for (int i = 0; i < cvss.length; i++) {
            vulnerabilities[i] = cve("CVE-2020-000" + i, Double.parseDouble(cvss[i]));
        }

        RuleOutcome outcome = run(rule, withAudit(audit(5, dependency("pkg:maven/g/a@1", vulnerabilities))));

        assertEquals(expected, outcome.score(), 1e-9);
        assertEquals(cvss.length, outcome.findings().size());
    }

    /** One upgrade fixes a package: every finding carries the same advice, only the most severe its effort. */
    @Test
    void thePackagesFindingsShareOneRemediation() {
        Vulnerability log4shell = vuln("CVE-2021-44228")
                .cvss(3, 10.0)
                .kev()
                .range(below("2.0.1", "2.3.1"), below("2.4.0", "2.12.2"), matchedBelow("2.13.0", "2.15.0"))
                .build();
        Vulnerability cve45046 = vuln("CVE-2021-45046")
                .cvss(3, 9.0)
                .range(below("2.0.1", "2.12.2"), matchedBelow("2.13.0", "2.16.0"))
                .build();
        VulnerableDependency log4j = dependency(
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
                List.of("app:compile"),
                List.of(),
                cve45046,
                log4shell);

        RuleOutcome outcome = run(rule, withAudit(audit(10, log4j)));

        assertEquals(
                List.of(
                        "CVE-2021-44228 in org.apache.logging.log4j:log4j-core 2.14.1 (used by app:compile):"
                                + " CRITICAL by CVSS v3 10.0, known exploited (CISA KEV)",
                        "CVE-2021-45046 in org.apache.logging.log4j:log4j-core 2.14.1 (used by app:compile): CRITICAL by"
                                + " CVSS v3 9.0"),
                outcome.findings().stream().map(Finding::message).toList());
        assertEquals(
                List.of(60, 0),
                outcome.findings().stream().map(Finding::effortMinutes).toList());
        String advice = "Upgrade org.apache.logging.log4j:log4j-core 2.14.1 to 2.16.0 or later: fixes CVE-2021-44228,"
                + " CVE-2021-45046. If a vulnerability does not apply, suppress it in dependency-check with a"
                + " justification (<notes>).";
        assertTrue(outcome.findings().stream().allMatch(f -> f.remediation().equals(advice)));
        assertEquals(25.0, outcome.score());
    }

    @Test
    void aSuppressedVulnerabilityIsInfoWithItsJustification() {
        VulnerableDependency log4j = dependency(
                "pkg:maven/log4j/log4j@1.2.17",
                vuln("CVE-2019-17571")
                        .cvss(2, 7.5)
                        .cvss(3, 9.8)
                        .suppressed(null)
                        .build(),
                vuln("CVE-2020-9488")
                        .cvss(2, 4.3)
                        .suppressed("  SMTPAppender is not used\n")
                        .build());

        RuleOutcome outcome = run(rule, withAudit(audit(1, log4j)));

        assertEquals(100.0, outcome.score(), "suppressed vulnerabilities cost nothing");
        assertEquals(
                List.of(
                        "suppressed: CVE-2019-17571 in log4j:log4j 1.2.17 (CRITICAL by CVSS v3 9.8): no"
                                + " justification given",
                        "suppressed: CVE-2020-9488 in log4j:log4j 1.2.17 (MEDIUM by CVSS v2 4.3):"
                                + " SMTPAppender is not used"),
                outcome.findings().stream().map(Finding::message).toList());
        for (Finding finding : outcome.findings()) {
            assertEquals(Severity.INFO, finding.severity());
            assertFalse(finding.blocking());
            assertEquals(0, finding.effortMinutes());
            assertEquals(
                    "Nothing to do while the suppression holds; review it when the dependency is upgraded.",
                    finding.remediation());
        }
        assertEquals("CVE-2019-17571 log4j:log4j", outcome.findings().get(0).key());
    }

    /** A known-exploited MEDIUM blocks at the engine too, whatever the score: NOT_READY. */
    @Test
    void aKnownExploitedVulnerabilityBlocksTheRelease() {
        VulnerableDependency jquery = dependency(
                "pkg:javascript/jquery@3.1.0",
                vuln("CVE-2020-11023").cvss(2, 4.3).cvss(3, 6.1).kev().build());
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();

        Scorecard card = engine.evaluate(
                EvidenceFixtures.PROJECT, withAudit(audit(100, jquery)), engine.defaultPolicy(), EvidenceFixtures.TOOL);

        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(
                List.of("CVE-2020-11023 jquery (javascript)"),
                card.blockers().stream().map(Finding::key).toList());
        assertEquals(List.of("1 blocking finding to fix or waive"), card.verdictReasons());
    }

    private static Finding single(RuleOutcome outcome) {
        assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
        return outcome.findings().get(0);
    }
}
