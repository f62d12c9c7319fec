package io.github.readiness.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.rule.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffortPolicyTest {
    private final Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();

    @Test
    void everyRuleStartsAtItsDocumentedRate() {
        for (RuleMetadata rule : Rules.metadata(Rules.builtIn())) {
            EffortRate rate = defaults.rule(rule.id()).effort();
            if (rule.effort().overridable()) {
                assertEquals(rule.effort().defaultMinutes(), rate.minutesPerUnit(), rule.id());
                assertTrue(rate.isBuiltIn());
                assertEquals(rule.effortModel(), rate.text(), rule.id());
            } else {
                assertNull(rate, rule.id());
            }
        }
    }

    @Test
    void aRateReplacesTheLastOneAndKeepsTheOtherSettings() {
        Policy policy = defaults.withThreshold("coverage.line", "90%")
                .withEffort("coverage.line", 0)
                .withEffort("coverage.line", 12)
                .withRuleWeight("coverage.line", 3)
                .withLevel("coverage.line", "WARN");
        RuleSettings line = policy.rule("coverage.line");
        assertEquals(12, line.effort().minutesPerUnit(), "from 0 back to a rate: the model keeps the built-in rates");
        assertEquals(0.9, line.threshold());
        assertEquals(3, line.weight());
        assertEquals(RuleLevel.WARN, line.level());
        assertEquals(24, line.effortMinutes(10), "10 min at 5 per line -> 2 lines -> 24 min");
        assertEquals(defaults.rule("coverage.branch"), policy.rule("coverage.branch"));
        assertEquals(10, new RuleSettings(RuleLevel.ERROR, null, 1).effortMinutes(10), "no rate: as the rule computed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            coverage.line      | -1    | effort of rule coverage.line is -1: use minutes per line still to cover to reach the threshold, 0 or more
            coverage.line      | 2h    | effort of rule coverage.line is '2h': use a whole number of minutes, 0 or more
            coverage.line      | 1.5   | effort of rule coverage.line is '1.5': use a whole number of minutes, 0 or more
            coverage.line      |       | effort of rule coverage.line is '': use a whole number of minutes, 0 or more
            coverage.lines     | 5     | unknown rule 'coverage.lines'; did you mean 'coverage.line'? Known rules:
            """)
    void badRatesAreOneLineErrors(String rule, String text, String message) {
        PolicyException e =
                assertThrows(PolicyException.class, () -> defaults.withEffort(rule, text == null ? "" : text));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aRuleWithoutAnEstimateOfItsOwnHasNoRateToSet() {
        PolicyException e = assertThrows(PolicyException.class, () -> defaults.withEffort("baseline.ratchet", 10));
        assertTrue(
                e.getMessage()
                        .startsWith("rule baseline.ratchet has no effort estimate to set; rules with"
                                + " estimates: coverage.evidence, coverage.line, "),
                e.getMessage());
    }

    @Test
    void textValuesMayCarrySpacesAndASign() {
        assertEquals(
                7,
                defaults.withEffort("coverage.line", " 7 ")
                        .rule("coverage.line")
                        .effort()
                        .minutesPerUnit());
        assertEquals(
                7,
                defaults.withEffort("coverage.line", "+7")
                        .rule("coverage.line")
                        .effort()
                        .minutesPerUnit());
    }
}
