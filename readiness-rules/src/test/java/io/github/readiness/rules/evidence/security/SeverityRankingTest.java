package io.github.readiness.rules.evidence.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityRankingTest {
    @ParameterizedTest
    @CsvSource({
        "10, CRITICAL",
        "9.0, CRITICAL",
        "8.9, HIGH",
        "7.0, HIGH",
        "6.9, MEDIUM",
        "4.0, MEDIUM",
        "3.9, LOW",
        "0.1, LOW",
        "0, INFO"
    })
    void scoreBands(double score, Severity severity) {
        assertEquals(severity, SeverityRanking.ofScore(score));
    }

    /** v2, v3, v4 scores ("-" = absent) and the reported text, ranked under each preference. */
    @ParameterizedTest(name = "v2={0} v3={1} v4={2} reported={3} {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the schemaspy case: dependency-check says MEDIUM (v4 6.3) although v3 says 7.5
                "- | 7.5 | 6.3 | MEDIUM | HIGHEST | HIGH | CVSS v3 7.5",
                "- | 7.5 | 6.3 | MEDIUM | V4 | MEDIUM | CVSS v4 6.3",
                "- | 7.5 | 6.3 | MEDIUM | V3 | HIGH | CVSS v3 7.5",
                "- | 7.5 | 6.3 | MEDIUM | V2 | HIGH | CVSS v3 7.5",
                "5.0 | 9.8 | - | CRITICAL | V2 | MEDIUM | CVSS v2 5.0",
                "5.0 | 9.8 | - | - | HIGHEST | CRITICAL | CVSS v3 9.8",
                "- | 7.0 | 7.0 | - | HIGHEST | HIGH | CVSS v4 7.0",
                "- | - | - | medium | HIGHEST | MEDIUM | reported severity 'medium' (no CVSS score)",
                "- | - | - | Low | V4 | LOW | reported severity 'Low' (no CVSS score)",
                "- | - | - | MODERATE | HIGHEST | MEDIUM | reported severity 'MODERATE' (no CVSS score)",
                "- | - | - | - | HIGHEST | MEDIUM | no CVSS score and no severity in the report: treated as MEDIUM",
                "- | - | - | unknown | HIGHEST | MEDIUM | no CVSS score and no severity in the report: treated as MEDIUM",
            })
    void rankedByTheDocumentedRule(
            String v2,
            String v3,
            String v4,
            String reported,
            CvssPreference preference,
            Severity severity,
            String decidedBy) {
        List<Cvss> scores = new ArrayList<>();
        addIfPresent(scores, 2, v2);
        addIfPresent(scores, 3, v3);
        addIfPresent(scores, 4, v4);
        Vulnerability vulnerability = new Vulnerability(
                "CVE-2025-67721",
                "NVD",
                "-".equals(reported) ? null : reported,
                scores,
                false,
                false,
                List.of(),
                "",
                null,
                List.of());
        RankedSeverity ranked = SeverityRanking.rank(vulnerability, preference);
        assertEquals(severity, ranked.severity());
        assertEquals(decidedBy, ranked.decidedBy());
    }

    private static void addIfPresent(List<Cvss> scores, int version, String score) {
        if (!"-".equals(score)) {
            scores.add(new Cvss(version, Double.parseDouble(score), null));
        }
    }
}
