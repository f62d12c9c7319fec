package io.github.readiness.rules.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.rule.coverage.LineCoverageRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules from jars join the built-in ones; an id registered twice is a one-line error naming both jars. */
class RulesTest {
    @Test
    void withoutRuleJarsTheAvailableRulesAreTheBuiltInOnes() {
        assertEquals(
                Rules.metadata(Rules.builtIn()), Rules.metadata(Rules.available(RulesTest.class.getClassLoader())));
    }

    @Test
    void anIdClashWithABuiltInRuleNamesBothJars() {
        RuleRegistrationException e = assertThrows(
                RuleRegistrationException.class,
                () -> Rules.distinct(List.of(
                        new Rules.Registered(new LineCoverageRule(), "readiness-rules-1.0.jar (built-in)"),
                        new Rules.Registered(rule("coverage.line"), "acme-rules-2.1.jar"))));
        assertEquals(
                "Rule id coverage.line is registered twice: by readiness-rules-1.0.jar (built-in) and by"
                        + " acme-rules-2.1.jar; give one of them another id (or remove one jar from the plugin's"
                        + " <dependencies>)",
                e.getMessage());
    }

    @Test
    void anIdClashBetweenTwoJarsNamesBoth() {
        RuleRegistrationException e = assertThrows(
                RuleRegistrationException.class,
                () -> Rules.distinct(List.of(
                        new Rules.Registered(rule("acme.tests"), "acme-rules-2.1.jar"),
                        new Rules.Registered(rule("acme.tests"), "payments-rules-0.3.jar"))));
        assertEquals(
                "Rule id acme.tests is registered twice: by acme-rules-2.1.jar and by payments-rules-0.3.jar;"
                        + " give one of them another id (or remove one jar from the plugin's <dependencies>)",
                e.getMessage());
    }

    @Test
    void distinctIdsKeepTheirOrder() {
        List<Rule> rules = Rules.distinct(
                List.of(new Rules.Registered(rule("acme.b"), "a.jar"), new Rules.Registered(rule("acme.a"), "b.jar")));
        assertEquals(
                List.of("acme.b", "acme.a"),
                rules.stream().map(r -> r.metadata().id()).toList());
    }

    private static Rule rule(String id) {
        RuleMetadata metadata = RuleMetadata.builder(id, Category.TESTS)
                .title(id)
                .description(id)
                .remediation(id)
                .effort(EffortModel.per(5, "per thing"))
                .build();
        return new Rule() {
            @Override
            public RuleMetadata metadata() {
                return metadata;
            }

            @Override
            public RuleOutcome evaluate(RuleContext context) {
                return RuleOutcome.notApplicable();
            }
        };
    }
}
