package io.github.readiness.rules.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineSettingsTest {
    @Test
    void defaultsAllowNoDropAndCountEveryFinding() {
        assertSame(BaselineSettings.DEFAULT, BaselineFixtures.POLICY.baselineSettings());
        assertEquals(new BaselineSettings(0, 0, false), BaselineSettings.DEFAULT);
    }

    @Test
    void policyKeepsItsOtherValuesWhenTheSettingsChange() {
        Policy policy = BaselineFixtures.POLICY
                .withMinScore(70)
                .withBaselineSettings(BaselineSettings.DEFAULT
                        .withScoreTolerance(2)
                        .withCoverageTolerance(0.5)
                        .withNewProblemsOnly(true));
        assertEquals(new BaselineSettings(2, 0.5, true), policy.baselineSettings());
        assertEquals(70, policy.minScore());
        assertEquals(70, policy.withThreshold("coverage.line", "90%").minScore());
        assertEquals(
                new BaselineSettings(2, 0.5, true),
                policy.withThreshold("coverage.line", "90%")
                        .withLevel("coverage.branch", "WARN")
                        .baselineSettings(),
                "every with* copy keeps the baseline settings");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-1 | 0 | baseline scoreTolerance is -1: use the points the score may drop, between 0 and 100",
                "101 | 0 | baseline scoreTolerance is 101: use the points the score may drop, between 0 and 100",
                "0 | -0.5 | baseline coverageTolerance is -0.5: use the percentage points line coverage may drop, between 0"
                        + " and 100 (2.5 for 2.5 points)",
                "0 | 100.5 | baseline coverageTolerance is 100.5: use the percentage points line coverage may drop, between 0"
                        + " and 100 (2.5 for 2.5 points)",
                "0 | NaN | baseline coverageTolerance is NaN: use the percentage points line coverage may drop, between 0"
                        + " and 100 (2.5 for 2.5 points)",
            })
    void impossibleTolerancesAreErrors(int score, double coverage, String message) {
        assertEquals(
                message,
                assertThrows(PolicyException.class, () -> new BaselineSettings(score, coverage, false))
                        .getMessage());
    }

    @Test
    void theEdgesAreAllowed() {
        assertEquals(100, new BaselineSettings(100, 100, true).scoreTolerance());
        assertEquals(0.0, new BaselineSettings(0, 0, false).coverageTolerance());
    }
}
