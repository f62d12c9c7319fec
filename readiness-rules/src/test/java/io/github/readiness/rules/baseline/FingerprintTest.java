package io.github.readiness.rules.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintTest {
    private static Finding finding(String rule, String key, String message, Location location) {
        return new Finding(
                rule, Category.SECURITY, Severity.HIGH, true, key, message, 0.5, 0.8, location, "fix it", 10, false);
    }

    private static final Finding SCANNER = finding(
            "security.scanners",
            "java/sql-injection src/main/java/A.java:12",
            "SQL built from user input (HIGH by security-severity 8.8)",
            new Location("src/main/java/A.java", 12));

    @Test
    void isTheFirstSixteenHexDigitsOfSha256OverRuleAndKey() {
        // pinned: a change of the algorithm would turn every committed baseline's findings into new ones
        assertEquals("8264eb04c78b7d80", Fingerprint.of("coverage.line", "line"));
        assertTrue(Fingerprint.isValid(Fingerprint.of(SCANNER)));
    }

    @Test
    void sameRuleAndKeyGiveTheSameFingerprintWhateverTheMessageMeasuredValuesOrLine() {
        Finding moved = new Finding(
                "security.scanners",
                Category.SECURITY,
                Severity.CRITICAL,
                false,
                "java/sql-injection src/main/java/A.java:40",
                "another wording, 9.1",
                0.1,
                null,
                new Location("src/main/java/A.java", 40),
                "other fix",
                99,
                false);
        assertEquals(Fingerprint.of(SCANNER), Fingerprint.of(moved), "only rule and key (without the line) count");
        assertEquals(
                Fingerprint.of("security.scanners", "java/sql-injection src/main/java/A.java"),
                Fingerprint.of(SCANNER));
    }

    @Test
    void aGroupKeepsItsFingerprintWhenItsFirstLocationMoves() {
        // quality.static-analysis groups a tool rule's issues; the location is only the first issue's
        Finding first = finding("quality.static-analysis", "PMD UnusedImports", "m", new Location("src/B.java", 3));
        Finding later = finding("quality.static-analysis", "PMD UnusedImports", "m2", new Location("src/A.java", 9));
        assertEquals(Fingerprint.of(first), Fingerprint.of(later));
    }

    @ParameterizedTest(name = "{0} {1} differs from coverage.line line")
    @CsvSource({
        "coverage.branch, line", // another rule
        "coverage.line, branch", // another key
        "coverage.line, LINE", // keys are case-sensitive, as the rules write them
        "coverage.lin, eline", // no ambiguity from joining rule and key
    })
    void anotherRuleOrKeyIsAnotherFinding(String rule, String key) {
        assertNotEquals(Fingerprint.of("coverage.line", "line"), Fingerprint.of(rule, key));
    }

    @Test
    void aLineNumberThatIsNotTheLocationsStaysInTheKey() {
        Finding other = finding(
                "security.scanners",
                "java/sql-injection src/main/java/A.java:13",
                "m",
                new Location("src/main/java/A.java", 12));
        assertNotEquals(Fingerprint.of(SCANNER), Fingerprint.of(other));
    }

    @ParameterizedTest
    @CsvSource({
        "0123456789abcdef, true",
        "0123456789ABCDEF, false",
        "0123456789abcde, false",
        "0123456789abcdefa, false",
        "0123456789abcdeg, false"
    })
    void validFingerprintsAreSixteenLowerCaseHexDigits(String text, boolean valid) {
        assertEquals(valid, Fingerprint.isValid(text));
        assertFalse(Fingerprint.isValid(null));
    }
}
