package io.github.readiness.rules.rule.security;

import static io.github.readiness.rules.rule.security.SecurityFixtures.below;
import static io.github.readiness.rules.rule.security.SecurityFixtures.matchedBelow;
import static io.github.readiness.rules.rule.security.SecurityFixtures.vuln;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.security.AffectedRange;
import io.github.readiness.rules.evidence.security.Vulnerability;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedVersionTest {
    /** CVE-2021-44228 (Log4Shell) as the NVD lists its ranges of org.apache.logging.log4j:log4j-core. */
    private static final AffectedRange LOG4J_2_0 = below("2.0.1", "2.3.1");

    private static final AffectedRange LOG4J_2_4 = below("2.4.0", "2.12.2");
    private static final AffectedRange LOG4J_2_13 = below("2.13.0", "2.15.0");

    /**
     * Without a matched range no fix is guessed, even from a range that contains the version in use: a CVE lists the
     * ranges of every affected product (on the real reports, jQuery 2.2.3 would get an Oracle product's "21.1.2").
     */
    @ParameterizedTest(name = "log4j-core {0}")
    @CsvSource({"2.14.1", "2.13.0", "2.11.0", "2.1", "2.15.0"})
    void noFixIsGuessedFromUnmatchedRanges(String current) {
        Vulnerability log4shell = vuln("CVE-2021-44228")
                .cvss(3, 10.0)
                .range(LOG4J_2_0, LOG4J_2_4, LOG4J_2_13)
                .build();

        assertEquals(Optional.empty(), FixedVersion.of(log4shell, current));
    }

    /** dependency-check marks 2.13.0-2.15.0 as the range that matched: it wins, the others are not looked at. */
    @ParameterizedTest(name = "log4j-core {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2.14.1  | 2.15.0
        2.11.0  | -
        -       | 2.15.0
        """)
    void theMatchedRangeWins(String current, String fix) {
        Vulnerability log4shell = vuln("CVE-2021-44228")
                .cvss(3, 10.0)
                .range(LOG4J_2_0, LOG4J_2_4, matchedBelow("2.13.0", "2.15.0"))
                .build();

        assertEquals(
                Optional.ofNullable(fix).map(v -> new FixedVersion(v, false)), FixedVersion.of(log4shell, current));
    }

    @Test
    void theRealAircompressorRangesOfCve202567721() {
        // schemaspy's report: matched "< 2.0.3", and an unmatched 3.0-3.4 range of another release line
        Vulnerability cve = vuln("CVE-2025-67721")
                .cvss(3, 7.5)
                .cvss(4, 6.3)
                .range(matchedBelow(null, "2.0.3"), below("3.0", "3.4"))
                .build();

        assertEquals(Optional.of(new FixedVersion("2.0.3", false)), FixedVersion.of(cve, "0.27"));
        assertEquals("2.0.3", FixedVersion.of(cve, "0.27").orElseThrow().describe());
    }

    @Test
    void versionEndIncludingOnlySaysTheFixComesAfterIt() {
        Vulnerability cve = vuln("CVE-2016-7103")
                .cvss(3, 6.1)
                .range(new AffectedRange("1.10.0", null, "1.11.4", null, true))
                .build();

        FixedVersion fix = FixedVersion.of(cve, "1.11.4").orElseThrow();
        assertEquals(new FixedVersion("1.11.4", true), fix);
        assertEquals("a version after 1.11.4", fix.describe());
        assertEquals(Optional.empty(), FixedVersion.of(cve, "1.12.0"), "1.12.0 is past the inclusive end");
    }

    @Test
    void startExcludingLeavesItsOwnVersionOut() {
        Vulnerability cve = vuln("CVE-1")
                .range(new AffectedRange(null, "1.0", null, "1.9", true))
                .build();

        assertEquals(Optional.empty(), FixedVersion.of(cve, "1.0"));
        assertEquals(Optional.of(new FixedVersion("1.9", false)), FixedVersion.of(cve, "1.0.1"));
    }

    /** No range, or only ranges without an end (nothing says where the fix starts): unknown. */
    @Test
    void noRangeWithAnEndMeansUnknown() {
        assertEquals(Optional.empty(), FixedVersion.of(vuln("CVE-1").build(), "1.0"));
        assertEquals(
                Optional.empty(),
                FixedVersion.of(
                        vuln("CVE-2")
                                .range(new AffectedRange("1.0", null, null, null, true))
                                .build(),
                        "1.5"));
    }

    /** An unknown version in use: only a matched range can be trusted. */
    @Test
    void withoutTheVersionInUseOnlyMatchedRangesCount() {
        assertEquals(
                Optional.empty(),
                FixedVersion.of(vuln("CVE-1").range(below("1.0", "2.0")).build(), null));
        assertEquals(
                Optional.of(new FixedVersion("2.0", false)),
                FixedVersion.of(vuln("CVE-1").range(matchedBelow("1.0", "2.0")).build(), null));
    }

    /** Several ranges contain the version: the highest end is the fix; "after 2.0" is later than "2.0". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1.9 excl. vs 2.0 excl. | 1.9 | false | 2.0 | false | 2.0 | false
        2.0 incl. vs 2.0 excl. | 2.0 | true  | 2.0 | false | 2.0 | true
        2.10 vs 2.9            | 2.10| false | 2.9 | false | 2.10| false
        """)
    void theHighestFixOfSeveralRanges(
            String name, String endA, boolean inclusiveA, String endB, boolean inclusiveB, String fix, boolean after) {
        Vulnerability cve = vuln("CVE-1")
                .range(range(endA, inclusiveA), range(endB, inclusiveB))
                .build();

        assertEquals(Optional.of(new FixedVersion(fix, after)), FixedVersion.of(cve, "1.5"));
    }

    private static AffectedRange range(String end, boolean inclusive) {
        return new AffectedRange("1.0", null, inclusive ? end : null, inclusive ? null : end, true);
    }
}
