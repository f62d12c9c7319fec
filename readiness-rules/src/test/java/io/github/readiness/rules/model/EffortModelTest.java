package io.github.readiness.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffortModelTest {
    private static final EffortModel LINES = EffortModel.per(5, "per uncovered line");
    private static final EffortModel UPGRADES = EffortModel.per(60, "within the same major version")
            .and(240, "across a major version")
            .and(120, "when no fixed version is known")
            .withPrefix("per vulnerable package");
    private static final EffortModel ISSUES = EffortModel.per(30, "per HIGH issue")
            .and(10, "per MEDIUM")
            .and(2, "per LOW")
            .withNote("INFO costs nothing");

    @Test
    void theTextIsWrittenFromTheRates() {
        assertEquals("5 min per uncovered line", LINES.text());
        assertEquals(
                "per vulnerable package: 60 min within the same major version, 240 min across a major version,"
                        + " 120 min when no fixed version is known",
                UPGRADES.text());
        assertEquals("30 min per HIGH issue, 10 min per MEDIUM, 2 min per LOW; INFO costs nothing", ISSUES.text());
        assertEquals(
                "no estimate of its own",
                EffortModel.none("no estimate of its own").text());
    }

    @Test
    void theTextAtAnotherRateScalesEveryRate() {
        assertEquals("7 min per uncovered line", LINES.text(7));
        assertEquals(
                "per vulnerable package: 120 min within the same major version, 480 min across a major version,"
                        + " 240 min when no fixed version is known",
                UPGRADES.text(120));
        assertEquals(
                "15 min per HIGH issue, 5 min per MEDIUM, 1 min per LOW; INFO costs nothing",
                ISSUES.text(15),
                "2 x 15 / 30 = 1");
        assertEquals("0 min per HIGH issue, 0 min per MEDIUM, 0 min per LOW; INFO costs nothing", ISSUES.text(0));
    }

    @ParameterizedTest(name = "{0} min at {1} min per unit (built-in {2}) -> {3}")
    @CsvSource({
        // effort, minutesPerUnit, model default, expected
        "435, 5, 5, 435", // the built-in rate leaves the effort as computed
        "435, 10, 5, 870", // 87 lines x 10: exact for a one-rate model
        "435, 1, 5, 87",
        "435, 0, 5, 0",
        "240, 120, 60, 480", // a major upgrade at twice the rate
        "32, 15, 30, 16", // 30 + 2 (HIGH + LOW) at half the rate
        "1, 15, 30, 1", // 0.5 rounds half up
        "1, 14, 30, 0",
        "0, 600, 60, 0",
        "2147483647, 2147483647, 5, 2147483647", // capped, no overflow
    })
    void aFindingsEffortScalesByTheRatioOfTheRates(int effort, int minutesPerUnit, int base, int expected) {
        assertEquals(expected, EffortModel.per(base, "per unit").scale(effort, minutesPerUnit));
    }

    @Test
    void onlyAModelWithRatesCanBeSet() {
        EffortModel none = EffortModel.none("the effort is elsewhere");
        assertFalse(none.overridable());
        assertTrue(LINES.overridable());
        assertEquals(5, LINES.defaultMinutes());
        assertEquals("per uncovered line", LINES.unit());
        assertThrows(IllegalStateException.class, none::defaultMinutes);
        assertThrows(IllegalArgumentException.class, () -> LINES.scale(10, -1));
    }

    @Test
    void aModelNeedsRatesOrANoteAndAFirstRateAbove0() {
        assertThrows(IllegalArgumentException.class, () -> new EffortModel(null, List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> EffortModel.per(0, "per nothing"));
        assertThrows(
                IllegalArgumentException.class,
                () -> EffortModel.per(5, "per line").and(-1, "per minus"));
    }
}
