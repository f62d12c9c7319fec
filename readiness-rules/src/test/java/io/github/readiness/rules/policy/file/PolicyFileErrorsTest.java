package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every validation error of a policy file, with its exact one-line message. */
class PolicyFileErrorsTest {
    private static final Policy DEFAULTS = ReadinessEngine.withBuiltInRules().defaultPolicy();

    static TracedPolicy apply(String yaml) {
        PolicySource source = PolicySource.file(Path.of("readiness.yaml"), "readiness.yaml");
        return PolicyFileApplier.apply(source, PolicyFileReaderTest.yaml(yaml), TracedPolicy.of(DEFAULTS));
    }

    static String error(String yaml) {
        return assertThrows(PolicyException.class, () -> apply(yaml)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            minScor: 85                                     | line 1: unknown key 'minScor'; did you mean 'minScore'? Valid keys: extends, minScore, categories, rules, security, waivers, waiverSettings, requiredLevel, coverage, reactor, onSkippedTests, projectType, checklist, checklistRemove, attestations, performance
            minScore: 85\\nextend: silver                   | line 2: unknown key 'extend'; did you mean 'extends'? Valid keys: extends, minScore, categories, rules, security, waivers, waiverSettings, requiredLevel, coverage, reactor, onSkippedTests, projectType, checklist, checklistRemove, attestations, performance
            minScore: 101                                   | line 1: minScore is 101: use a score between 0 and 100
            minScore: -5                                    | line 1: minScore is -5: use a score between 0 and 100
            minScore: 85.5                                  | line 1: minScore is '85.5': use a whole number between 0 and 100
            minScore: high                                  | line 1: minScore is 'high': use a whole number between 0 and 100
            minScore:                                       | line 1: minScore has no value
            minScore: [85]                                  | line 1: minScore must be a single value, not a list
            requiredLevel: silvr                            | line 1: requiredLevel is 'silvr'; did you mean 'SILVER'? Use one of STONE, BRONZE, SILVER, GOLD
            coverage:\\n  scope: agregate                  | line 2: coverage.scope is 'agregate'; did you mean 'AGGREGATE'? Use one of MODULE, AGGREGATE, BOTH
            coverage:\\n  scop: both                       | line 2: unknown key 'scop' under coverage; did you mean 'scope'? Valid keys: scope
            coverage: aggregate                             | line 1: coverage must be a map such as 'scope: aggregate', not a single value
            reactor:\\n  failAt: first                     | line 2: reactor.failAt is 'first': use one of END, MODULE
            categories:\\n  test-coverge: {weight: 3}      | line 2: unknown category 'test-coverge'; did you mean 'test-coverage'?
            categories:\\n  security: {wieght: 3}          | line 2: unknown key 'wieght' under categories.security; did you mean 'weight'? Valid keys: weight
            categories:\\n  security: {weight: -1}         | line 2: weight of category security is -1: use 0 or more
            categories:\\n  security: {weight: heavy}      | line 2: weight of category security is 'heavy': use a whole number, 0 or more
            categories:\\n  security: 3                    | line 2: category security must be a map such as '{weight: 3}', not a single value
            categories: [security]                          | line 1: categories must be a map such as 'test-coverage: {weight: 3}', not a list
            rules: [coverage.line]                          | line 1: rules must be a map such as 'coverage.line: {threshold: 80%}', not a list
            rules:\\n  coverage.line: 85%                  | line 2: rule coverage.line must be a map such as '{threshold: 80%, level: ERROR, weight: 1}', not a single value
            rules:\\n  coverage.lines: {level: OFF}        | line 2: unknown rule 'coverage.lines'; did you mean 'coverage.line'?
            rules:\\n  coverage.line:\\n    treshold: 85%  | line 3: unknown key 'treshold' under rules.coverage.line; did you mean 'threshold'? Valid keys: threshold, level, weight, effort
            rules:\\n  coverage.line: {threshold: 1.5}     | line 2: coverage.line is '1.5', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100% (did you mean 1.5%?)
            rules:\\n  coverage.line: {threshold: 150%}    | line 2: coverage.line is '150%', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100%
            rules:\\n  coverage.line: {threshold: -0.1}    | line 2: coverage.line is '-0.1', which is not a ratio: use a value between 0.0 and 1.0 or a percentage between 0% and 100%
            rules:\\n  coverage.line: {threshold: most}    | line 2: coverage.line is 'most', which is not a number: use a ratio such as 0.8 or a percentage such as 80%
            rules:\\n  tests.failures: {threshold: 50%}    | line 2: rule tests.failures has no threshold to set; rules with thresholds: coverage.line, coverage.branch
            rules:\\n  coverage.line: {level: BLOCK}       | line 2: level of rule coverage.line is 'BLOCK': use ERROR, WARN or OFF
            rules:\\n  coverage.line: {level: }            | line 2: level of rule coverage.line has no value
            rules:\\n  coverage.line: {weight: -2}         | line 2: weight of rule coverage.line is -2: use 0 or more
            rules:\\n  coverage.line: {weight: 1.5}        | line 2: weight of rule coverage.line is '1.5': use a whole number, 0 or more
            rules:\\n  coverage.line: {effort: -5}       | line 2: effort of rule coverage.line is -5: use minutes per line still to cover to reach the threshold, 0 or more
            rules:\\n  coverage.line: {effort: 2h}       | line 2: effort of rule coverage.line is '2h': use a whole number of minutes, 0 or more
            rules:\\n  coverage.line: {effort: 7.5}      | line 2: effort of rule coverage.line is '7.5': use a whole number of minutes, 0 or more
            rules:\\n  coverage.line: {effort: }         | line 2: effort of rule coverage.line has no value
            rules:\\n  coverage.lines: {effort: 7}       | line 2: unknown rule 'coverage.lines'; did you mean 'coverage.line'?
            rules:\\n  coverage.line: {efort: 7}         | line 2: unknown key 'efort' under rules.coverage.line; did you mean 'effort'? Valid keys: threshold, level, weight, effort
            security: HIGH                                  | line 1: security must be a map such as 'blockingSeverity: HIGH', not a single value
            security:\\n  blockingSeverty: HIGH            | line 2: unknown key 'blockingSeverty' under security; did you mean 'blockingSeverity'? Valid keys: cvssPreference, blockingSeverity, maxAuditAgeDays, secretAllowList
            security:\\n  blockingSeverity: HIHG           | line 2: blockingSeverity is 'HIHG'; did you mean 'HIGH'? Use one of CRITICAL, HIGH, MEDIUM, LOW, INFO
            security:\\n  blockingSeverity: INFO           | line 2: blocking severity INFO would block on every informational finding: use CRITICAL, HIGH, MEDIUM or LOW
            security:\\n  cvssPreference: V5               | line 2: cvssPreference is 'V5'; did you mean 'V4'? Use one of HIGHEST, V4, V3, V2
            security:\\n  maxAuditAgeDays: 0               | line 2: maximum dependency audit age is 0 days: use 1 or more (default 30)
            security:\\n  maxAuditAgeDays: a month         | line 2: maxAuditAgeDays is 'a month': use a whole number of days, 1 or more
            security:\\n  secretAllowList: src/**          | line 2: secretAllowList must be a list such as [ "src/main/resources/dev/**" ], not a single value
            security:\\n  secretAllowList:\\n    - a/**\\n    - fingerprint:12 | line 4: secretAllowList entry 'fingerprint:12': a fingerprint is 12 hexadecimal characters, as in the finding's key '<file> <fingerprint>'
            waivers: {rule: coverage.line}                  | line 1: waivers must be a list such as '- rule: coverage.line', not a map
            waivers:\\n  - coverage.line                   | line 2: a waiver must be a map such as '{rule: coverage.line, reason: ..., owner: ..., expires: 2027-03-31}', not a single value
            waivers:\\n  - reason: r\\n    owner: o\\n    expires: 2027-03-31 | line 2: waiver has no rule: every waiver needs rule, reason, owner and expires
            waivers:\\n  - rule: coverage.line\\n    owner: o\\n    expires: 2027-03-31 | line 2: waiver for coverage.line has no reason: every waiver needs rule, reason, owner and expires
            waivers:\\n  - rule: coverage.line\\n    reason: r\\n    expires: 2027-03-31 | line 2: waiver for coverage.line has no owner: every waiver needs rule, reason, owner and expires
            waivers:\\n  - rule: coverage.line\\n    reason: r\\n    owner: o | line 2: waiver for coverage.line has no expires: every waiver needs rule, reason, owner and expires
            waivers:\\n  - rule: coverage.line\\n    reason: ''\\n    owner: o\\n    expires: 2027-03-31 | line 3: reason of the waiver for coverage.line has no value
            waivers:\\n  - rule: coverage.line\\n    reason: r\\n    owner: o\\n    expires: 31.03.2027 | line 5: expires is '31.03.2027': use an ISO date such as 2027-03-31
            waivers:\\n  - rule: coverage.line\\n    reason: r\\n    owner: o\\n    expires: 2027-02-30 | line 5: expires is '2027-02-30': use an ISO date such as 2027-03-31
            waivers:\\n  - rule: coverage.lines\\n    reason: r\\n    owner: o\\n    expires: 2027-03-31 | line 2: unknown rule 'coverage.lines'; did you mean 'coverage.line'?
            waivers:\\n  - rule: coverage.line\\n    reason: r\\n    owner: o\\n    expiry: 2027-03-31 | line 5: unknown key 'expiry' in a waiver; did you mean 'expires'? Valid keys: rule, match, reason, owner, expires
            waiverSettings: {warnDays: -1}                  | line 1: waiver warnDays is -1: use 0 or more
            waiverSettings: {maxDaysAhead: 0}               | line 1: waiver maxDaysAhead is 0: use 1 or more (or leave it unset)
            waiverSettings: {warnDay: 3}                    | line 1: unknown key 'warnDay' under waiverSettings; did you mean 'warnDays'? Valid keys: warnDays, maxDaysAhead
            waiverSettings: {warnDays: soon}                | line 1: waiverSettings warnDays is 'soon': use a whole number of days
            """)
    void eachBadKeyOrValueIsOneLineWithFileLineAndFix(String yaml, String message) {
        assertEquals("readiness.yaml " + message, error(yaml.replace("\\n", "\n")));
    }

    @Test
    void aRuleWithoutAnEstimateOfItsOwnHasNoEffortToSet() {
        List<String> withEstimates = DEFAULTS.rules().keySet().stream()
                .filter(id -> !id.equals("baseline.ratchet"))
                .toList();
        assertEquals(
                "readiness.yaml line 2: rule baseline.ratchet has no effort estimate to set; rules with estimates: "
                        + String.join(", ", withEstimates),
                error("rules:\n  baseline.ratchet: {effort: 10}"));
    }

    @Test
    void anUnknownIdFarFromEveryKnownOneListsThemAll() {
        assertEquals(
                "readiness.yaml line 2: unknown rule 'nonsense'; valid rule ids: "
                        + String.join(", ", DEFAULTS.rules().keySet()),
                error("rules:\n  nonsense: {level: OFF}"));
        assertEquals(
                "readiness.yaml line 2: unknown category 'speed'; valid category ids: test-coverage, tests,"
                        + " security, dependencies, code-quality, documentation, build-release, configuration, deployment, data,"
                        + " observability, performance",
                error("categories:\n  speed: {weight: 1}"));
    }
}
