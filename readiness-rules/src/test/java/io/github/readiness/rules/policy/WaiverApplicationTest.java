package io.github.readiness.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.WaiverNote;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiverApplicationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final Set<String> EVALUATED = Set.of("security.vulnerabilities", "coverage.line");
    private static final Finding CVE = new Finding(
            "security.vulnerabilities",
            Category.SECURITY,
            Severity.CRITICAL,
            true,
            "CVE-2021-44228 org.apache.logging.log4j:log4j-core",
            "CVE-2021-44228 in org.apache.logging.log4j:log4j-core 2.14.1: CRITICAL by CVSS v3 10.0",
            null,
            null,
            null,
            "Upgrade",
            60,
            false);

    @ParameterizedTest(name = "rule {0}, match ''{1}'' -> {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "security.vulnerabilities, null, true", // no match: every finding of the rule
                "security.vulnerabilities, CVE-2021-44228, true", // in the key (and the message)
                "security.vulnerabilities, log4j-core, true",
                "security.vulnerabilities, 2.14.1, true", // only in the message
                "security.vulnerabilities, CVSS v3 10.0, true",
                "security.vulnerabilities, CVE-2021-45046, false", // another vulnerability
                "security.vulnerabilities, cve-2021-44228, false", // case-sensitive: a waiver accepts no more than it
                // names
                "security.vulnerabilities, CVE-2021-44228 in org.apache.logging.log4j:log4j-core 2.14.1 (used by x), false",
                "coverage.line, null, false", // another rule, even without match
                "coverage.line, CVE-2021-44228, false",
                "security.vulnerabilitie, null, false", // rule ids are compared whole
            })
    void aWaiverMatchesItsRuleAndTheMatchTextInTheKeyOrMessage(String rule, String match, boolean matches) {
        assertEquals(matches, WaiverApplication.matches(waiver(rule, match, TODAY.plusDays(100)), CVE));
    }

    @Test
    void aBlankMatchWaivesEveryFindingOfTheRule() {
        Waiver blank = new Waiver("security.vulnerabilities", "  ", "r", "o", TODAY);
        assertNull(blank.match());
        assertTrue(WaiverApplication.matches(blank, CVE));
    }

    /** The four states and the cap, on an exact build date, with the exact warning each gives. */
    @ParameterizedTest(name = "expires {0} days from today -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "15 | active        | true  | ",
                "14 | expiring      | true  | waiver for security.vulnerabilities (CVE-2021-44228) expires on 2026-11-29, in 14 days (owner: payments-team)",
                "5  | expiring      | true  | waiver for security.vulnerabilities (CVE-2021-44228) expires on 2026-11-20, in 5 days (owner: payments-team)",
                "1  | expiring      | true  | waiver for security.vulnerabilities (CVE-2021-44228) expires on 2026-11-16, in 1 day (owner: payments-team)",
                "0  | expiring      | true  | waiver for security.vulnerabilities (CVE-2021-44228) expires on 2026-11-15, today is its last day (owner: payments-team)",
                "-1 | expired       | false | waiver for security.vulnerabilities (CVE-2021-44228) expired on 2026-11-14 (owner: payments-team): 1 finding counts again",
                "-400 | expired     | false | waiver for security.vulnerabilities (CVE-2021-44228) expired on 2025-10-11 (owner: payments-team): 1 finding counts again",
                "180 | active       | true  | ",
                "181 | too-far-ahead | false | waiver for security.vulnerabilities (CVE-2021-44228) expires on 2027-05-15, 181 days ahead, beyond the policy's maxDaysAhead of 180 (owner: payments-team): not applied, 1 finding counts again; set an expiry date at most 180 days ahead",
            })
    void statesByDate(long days, String state, boolean waived, String warning) {
        Waiver waiver = waiver("security.vulnerabilities", "CVE-2021-44228", TODAY.plusDays(days));
        WaiverApplication application = new WaiverApplication(new Waivers(List.of(waiver), 14, 180), TODAY);

        Finding judged = application.judge(CVE);
        WaiverStatus status = application.statuses(EVALUATED).get(0);

        assertEquals(state, status.state().id());
        assertEquals(days, status.daysLeft());
        assertEquals(1, status.matched());
        assertEquals(warning, status.warning());
        assertEquals(waived, judged.waived());
        assertEquals(
                waived
                        ? new WaiverNote("accepted until the upgrade", "payments-team", TODAY.plusDays(days), days)
                        : null,
                judged.waiver());
        assertEquals(!waived, judged.blocks(), "a waived blocker no longer blocks; an unapplied one still does");
        assertTrue(judged.blocking(), "the finding keeps its own blocking flag, for the report");
    }

    @Test
    void aWaiverThatMatchesNothingIsStaleWhateverItsDate() {
        Waivers waivers = new Waivers(
                List.of(
                        waiver("security.vulnerabilities", "CVE-1999-0001", TODAY.plusDays(100)),
                        waiver("security.vulnerabilities", "CVE-1999-0002", TODAY.minusDays(3)),
                        waiver("docs.changelog", null, TODAY.plusDays(100))),
                14,
                null);
        WaiverApplication application = new WaiverApplication(waivers, TODAY);

        assertSame(CVE, application.judge(CVE));
        List<WaiverStatus> statuses = application.statuses(EVALUATED);

        assertEquals(
                List.of(WaiverState.STALE, WaiverState.STALE, WaiverState.STALE),
                statuses.stream().map(WaiverStatus::state).toList());
        assertEquals(
                "waiver for security.vulnerabilities (CVE-1999-0001) matches no finding (stale: remove it)",
                statuses.get(0).warning());
        assertEquals(-3, statuses.get(1).daysLeft());
        assertEquals(
                "waiver for docs.changelog matches no finding: rule docs.changelog is OFF (stale: remove it)",
                statuses.get(2).warning());
    }

    @Test
    void theFirstAppliedWaiverInConfigurationOrderWaivesAndEveryMatchingOneCounts() {
        Waiver expired = waiver("security.vulnerabilities", "log4j", TODAY.minusDays(1));
        Waiver first = new Waiver("security.vulnerabilities", "CVE-2021-44228", "first", "team-a", TODAY.plusDays(30));
        Waiver second = new Waiver("security.vulnerabilities", null, "second", "team-b", TODAY.plusDays(60));
        WaiverApplication application =
                new WaiverApplication(new Waivers(List.of(expired, first, second), 14, null), TODAY);

        Finding judged = application.judge(CVE);
        List<WaiverStatus> statuses = application.statuses(EVALUATED);

        assertEquals(new WaiverNote("first", "team-a", TODAY.plusDays(30), 30), judged.waiver());
        assertEquals(
                List.of(1, 1, 1), statuses.stream().map(WaiverStatus::matched).toList());
        assertEquals(
                List.of(WaiverState.EXPIRED, WaiverState.ACTIVE, WaiverState.ACTIVE),
                statuses.stream().map(WaiverStatus::state).toList());
        assertEquals(
                "waiver for security.vulnerabilities (log4j) expired on 2026-11-14 (owner: payments-team):"
                        + " another waiver still waives what it matches",
                statuses.get(0).warning());
    }

    @Test
    void anExpiredWaiverCountsTheFindingsThatCountAgain() {
        Finding other = new Finding(
                "security.vulnerabilities",
                Category.SECURITY,
                Severity.HIGH,
                false,
                "CVE-2021-45046 org.apache.logging.log4j:log4j-core",
                "CVE-2021-45046 in log4j-core",
                null,
                null,
                null,
                "Upgrade",
                0,
                false);
        WaiverApplication application = new WaiverApplication(
                new Waivers(List.of(waiver("security.vulnerabilities", "log4j-core", TODAY.minusDays(10))), 14, null),
                TODAY);

        assertFalse(application.judge(CVE).waived());
        assertFalse(application.judge(other).waived());

        assertEquals(
                "waiver for security.vulnerabilities (log4j-core) expired on 2026-11-05 (owner: payments-team):"
                        + " 2 findings count again",
                application.statuses(EVALUATED).get(0).warning());
    }

    @Test
    void warnDaysZeroWarnsOnTheLastDayOnly() {
        Waivers waivers = new Waivers(
                List.of(waiver("coverage.line", null, TODAY), waiver("coverage.line", null, TODAY.plusDays(1))),
                0,
                null);
        WaiverApplication application = new WaiverApplication(waivers, TODAY);
        application.judge(new Finding(
                "coverage.line",
                Category.TEST_COVERAGE,
                Severity.HIGH,
                true,
                "line",
                "low",
                0.7,
                0.8,
                null,
                "test",
                10,
                false));

        assertEquals(
                List.of(WaiverState.EXPIRING, WaiverState.ACTIVE),
                application.statuses(EVALUATED).stream()
                        .map(WaiverStatus::state)
                        .toList());
    }

    @Test
    void waiversSettingsAreValidated() {
        assertEquals(
                "waiver warnDays is -1: use 0 or more",
                assertThrows(PolicyException.class, () -> new Waivers(List.of(), -1, null))
                        .getMessage());
        assertEquals(
                "waiver maxDaysAhead is 0: use 1 or more (or leave it unset)",
                assertThrows(PolicyException.class, () -> new Waivers(List.of(), 14, 0))
                        .getMessage());
    }

    static Waiver waiver(String rule, String match, LocalDate expires) {
        return new Waiver(rule, match, "accepted until the upgrade", "payments-team", expires);
    }
}
