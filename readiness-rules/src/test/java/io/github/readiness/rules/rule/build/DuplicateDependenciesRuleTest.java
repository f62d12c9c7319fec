package io.github.readiness.rules.rule.build;

import static io.github.readiness.rules.rule.build.BuildFixtures.SET;
import static io.github.readiness.rules.rule.build.BuildFixtures.model;
import static io.github.readiness.rules.rule.build.BuildFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DuplicateDeclaration;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateDependenciesRuleTest {
    private final DuplicateDependenciesRule rule = new DuplicateDependenciesRule();

    private static BuildModel with(DuplicateDeclaration... duplicates) {
        return model("1.0.0", true, "jar", List.of(), List.of(), Arrays.asList(duplicates), SET, SET, SET);
    }

    private static Location at(int line) {
        return new Location("pom.xml", line);
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("none", with(), List.of(), 100.0),
                Arguments.of(
                        "one in dependencies, one in a profile's management",
                        with(
                                new DuplicateDeclaration("com.acme:util:jar", "dependencies", at(20), at(41)),
                                new DuplicateDeclaration(
                                        "com.acme:bom:pom", "profile ci dependencyManagement", at(70), at(75))),
                        List.of(
                                "com.acme:util:jar declared twice in dependencies: pom.xml:20 and pom.xml:41",
                                "com.acme:bom:pom declared twice in profile ci dependencyManagement: pom.xml:70 and"
                                        + " pom.xml:75"),
                        100 * 0.95 * 0.95),
                Arguments.of(
                        "locations unknown",
                        with(
                                new DuplicateDeclaration("com.acme:a:jar", "dependencies", null, null),
                                new DuplicateDeclaration("com.acme:b:jar", "dependencies", at(3), null)),
                        List.of(
                                "com.acme:a:jar declared twice in dependencies",
                                "com.acme:b:jar declared twice in dependencies: pom.xml:3"),
                        100 * 0.95 * 0.95));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void findsEachDuplicate(String name, BuildModel model, List<String> messages, double score) {
        RuleOutcome outcome = run(rule, model);

        assertEquals(messages, outcome.findings().stream().map(Finding::message).toList());
        assertEquals(score, outcome.score(), 1e-9);
    }

    /** The finding points at the second declaration: the one to delete. */
    @Test
    void eachDuplicateIsMediumAtTheSecondDeclaration() {
        Finding finding = run(
                        rule, with(new DuplicateDeclaration("com.acme:util:jar:tests", "dependencies", at(20), at(41))))
                .findings()
                .get(0);

        assertEquals(Severity.MEDIUM, finding.severity());
        assertFalse(finding.blocking());
        assertEquals("com.acme:util:jar:tests", finding.key());
        assertEquals(at(41), finding.location());
        assertEquals(5, finding.effortMinutes());
    }
}
