package io.github.readiness.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTest {
    @ParameterizedTest
    @CsvSource({
        "0.8, 0.8",
        "0.80, 0.8",
        "80%, 0.8",
        "'80 %', 0.8",
        "' 75.5% ', 0.755",
        "0, 0",
        "1, 1",
        "100%, 1",
        "0%, 0"
    })
    void acceptsRatiosAndPercentages(String text, double expected) {
        assertEquals(expected, Ratio.parse(text, "coverage.line"), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1.5; coverage.line is '1.5', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100% (did you mean 1.5%?)",
                "80; coverage.line is '80', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100% (did you mean 80%?)",
                "-0.1; coverage.line is '-0.1', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100%",
                "150%; coverage.line is '150%', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100%",
                "eighty; coverage.line is 'eighty', which is not a number: use a ratio such as 0.8 or a percentage such as 80%"
            })
    void rejectsImpossibleValuesWithTheFix(String text, String message) {
        PolicyException e = assertThrows(PolicyException.class, () -> Ratio.parse(text, "coverage.line"));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void rejectsEmpty(String text) {
        PolicyException e = assertThrows(PolicyException.class, () -> Ratio.parse(text, "coverage.branch"));
        assertTrue(e.getMessage().startsWith("coverage.branch is empty"), e.getMessage());
    }
}
