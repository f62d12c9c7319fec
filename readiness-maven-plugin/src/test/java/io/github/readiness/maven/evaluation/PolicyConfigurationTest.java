package io.github.readiness.maven.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.security.CvssPreference;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.SecurityPolicy;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class PolicyConfigurationTest {
    private final Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();
    private final TracedPolicy traced = TracedPolicy.of(defaults);

    @Test
    void noConfigurationLeavesThePolicyBelowAndNamesNoSource() throws MojoExecutionException {
        assertSame(traced, PolicyConfiguration.apply(traced, PomPolicy.NONE));
    }

    @Test
    void pomValuesOverrideTheDefaults() throws MojoExecutionException {
        TracedPolicy configured = PolicyConfiguration.apply(
                traced,
                new PomPolicy(
                        90,
                        "85%",
                        "0.6",
                        Map.of("tests.failures", "warn"),
                        "v4",
                        "high",
                        30,
                        List.of("src/main/resources/dev/**")));
        Policy policy = configured.policy();
        assertEquals(90, policy.minScore());
        assertEquals(0.85, policy.rule("coverage.line").threshold(), 1e-12);
        assertEquals(0.6, policy.rule("coverage.branch").threshold(), 1e-12);
        assertEquals(RuleLevel.WARN, policy.rule("tests.failures").level());
        assertEquals(new SecurityPolicy(CvssPreference.V4, Severity.HIGH, 30), policy.security());
        assertEquals(
                List.of("src/main/resources/dev/**"), policy.secretAllowList().entries());
        for (String value : List.of(
                "minScore",
                "coverage.line threshold",
                "coverage.branch threshold",
                "tests.failures level",
                "security cvssPreference",
                "security blockingSeverity",
                "security maxAuditAgeDays",
                "security secretAllowList")) {
            assertEquals("POM <configuration>", configured.origin(value), value);
        }
        assertEquals(TracedPolicy.BUILT_IN, configured.origin("tests.failures weight"));
        assertEquals(List.of("POM <configuration>"), configured.sources());
    }

    /** Issue 17 item 3: a bad -Dreadiness.minLineCoverage=1.5 came from the command line, not from the POM. */
    @Test
    void aBadValueSaysWhetherItCameFromTheCommandLineOrThePom() {
        java.util.Properties commandLine = new java.util.Properties();
        commandLine.setProperty("readiness.minLineCoverage", "1.5");
        PomPolicy bad = new PomPolicy(null, "1.5", null, null, null, null, null, null);

        MojoExecutionException fromCli = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(traced, bad, ParameterOrigin.of(commandLine)));
        MojoExecutionException fromPom = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(traced, bad, ParameterOrigin.of(new java.util.Properties())));

        String problem = ": coverage.line is '1.5', which is not a ratio: use a value between 0.0 and 1.0 or a"
                + " percentage between 0% and 100% (did you mean 1.5%?)";
        assertEquals(
                "Invalid readiness configuration on the command line (-Dreadiness.minLineCoverage=1.5)" + problem,
                fromCli.getMessage());
        assertEquals("Invalid readiness configuration in the POM" + problem, fromPom.getMessage());
        // the POM's <configuration> wins over the property: a different value is the POM's
        commandLine.setProperty("readiness.minLineCoverage", "0.9");
        assertEquals(
                "Invalid readiness configuration in the POM" + problem,
                assertThrows(
                                MojoExecutionException.class,
                                () -> PolicyConfiguration.apply(traced, bad, ParameterOrigin.of(commandLine)))
                        .getMessage());
    }

    @Test
    void badValuesAreOneLineConfigurationErrors() {
        MojoExecutionException e = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(
                        traced,
                        new PomPolicy(null, null, null, Map.of("tests.failure", "OFF"), null, null, null, null)));
        assertEquals(
                "Invalid readiness configuration in the POM: unknown rule 'tests.failure'; did you mean"
                        + " 'tests.failures'? Known rules: coverage.evidence, coverage.line, coverage.branch, tests.evidence,"
                        + " tests.executed, tests.failures, dependencies.audit, "
                        + String.join(
                                ", ", defaults.rules().keySet().stream().skip(7).toList()),
                e.getMessage());
        MojoExecutionException score = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(traced, new PomPolicy(-1, null, null, null, null, null, null, null)));
        assertEquals(
                "Invalid readiness configuration in the POM: minScore is -1: use a score between 0 and 100",
                score.getMessage());
        MojoExecutionException cvss = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(traced, new PomPolicy(null, null, null, null, "V5", null, null, null)));
        assertEquals(
                "Invalid readiness configuration in the POM: cvssPreference is 'V5'; did you mean 'V4'? Use one"
                        + " of HIGHEST, V4, V3, V2",
                cvss.getMessage());
        MojoExecutionException age = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(traced, new PomPolicy(null, null, null, null, null, null, 0, null)));
        assertEquals(
                "Invalid readiness configuration in the POM: maximum dependency audit age is 0 days: use 1 or"
                        + " more (default 30)",
                age.getMessage());
        MojoExecutionException allow = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(
                        traced, new PomPolicy(null, null, null, null, null, null, null, List.of("**/*.yml#jwtt"))));
        assertTrue(allow.getMessage().startsWith("Invalid readiness configuration in the POM: "), allow.getMessage());
        assertTrue(allow.getMessage().contains("'jwt'"), allow.getMessage());
        assertEquals(1, allow.getMessage().lines().count());
        MojoExecutionException level = assertThrows(
                MojoExecutionException.class,
                () -> PolicyConfiguration.apply(
                        traced, new PomPolicy(null, null, null, null, null, null, null, null, "platinum")));
        assertEquals(
                "Invalid readiness configuration in the POM: requiredLevel is 'platinum': use one of STONE,"
                        + " BRONZE, SILVER, GOLD",
                level.getMessage());
    }

    @Test
    void ruleEffortsSetEachRulesRate() throws MojoExecutionException {
        TracedPolicy configured = PolicyConfiguration.apply(
                traced,
                new PomPolicy(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("coverage.line", "10", "security.vulnerabilities", " 120 ")));
        assertEquals(10, configured.policy().rule("coverage.line").effort().minutesPerUnit());
        assertEquals(
                120,
                configured.policy().rule("security.vulnerabilities").effort().minutesPerUnit());
        assertEquals("POM <configuration>", configured.origin("coverage.line effort"));
        assertEquals(TracedPolicy.BUILT_IN, configured.origin("coverage.branch effort"));
        assertEquals(defaults.rule("coverage.branch"), configured.policy().rule("coverage.branch"));
    }

    @Test
    void badRuleEffortsAreOneLineConfigurationErrors() {
        for (Map.Entry<String, String> bad : Map.of(
                        "coverage.line|-5",
                                "effort of rule coverage.line is -5: use minutes per line still to cover to reach"
                                        + " the threshold, 0 or more",
                        "coverage.line|2h",
                                "effort of rule coverage.line is '2h': use a whole number of minutes, 0 or more",
                        "coverage.lines|5",
                                "unknown rule 'coverage.lines'; did you mean 'coverage.line'? Known rules: "
                                        + String.join(", ", defaults.rules().keySet()))
                .entrySet()) {
            String[] rule = bad.getKey().split("\\|");
            MojoExecutionException e = assertThrows(
                    MojoExecutionException.class,
                    () -> PolicyConfiguration.apply(
                            traced,
                            new PomPolicy(
                                    null, null, null, null, null, null, null, null, null, Map.of(rule[0], rule[1]))));
            assertEquals("Invalid readiness configuration in the POM: " + bad.getValue(), e.getMessage());
        }
    }
}
