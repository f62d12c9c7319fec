package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.io.JsonStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of one SARIF run, from {@code tool.driver.rules} and from each {@code tool.extensions[i].rules}
 * (CodeQL keeps its rules in extensions). Only what results need is kept per rule; help texts are skipped.
 */
final class SarifRules {
    /** The mark dependency-check 12.x gives a rule that CISA lists as known exploited (KEV). */
    static final String KEV_MARK = "Known Exploited Vulnerability";
    /** How dependency-check 12.x begins the full description of such a rule (the KEV entry, then NVD's text). */
    static final String KEV_PREAMBLE = "CISA " + KEV_MARK;

    /**
     * What a result may take from its rule; {@code scores} in version order, empty for most scanners.
     * {@code knownExploited}: dependency-check marks the rule as CISA KEV (short description ending in
     * "*Known Exploited Vulnerability*", full description opening with "CISA Known Exploited Vulnerability").
     */
    record Rule(
            String id,
            String defaultLevel,
            Double securitySeverity,
            boolean securityTagged,
            String description,
            List<Cvss> scores,
            boolean knownExploited) {}

    private final List<Rule> driver = new ArrayList<>();
    private final List<List<Rule>> extensions = new ArrayList<>();
    private Map<String, Rule> byId;

    /** Reads a {@code rules} array of the driver; the parser stands on it. */
    void readDriverRules(JsonStream json) throws IOException {
        readRules(json, driver);
    }

    /**
     * Reads {@code rules} of the extension at {@code index}; extensions without rules still take their slot so
     * that {@code toolComponent.index} points at the right one.
     */
    void readExtensionRules(int index, JsonStream json) throws IOException {
        while (extensions.size() <= index) {
            extensions.add(new ArrayList<>());
        }
        readRules(json, extensions.get(index));
    }

    private void readRules(JsonStream json, List<Rule> into) throws IOException {
        byId = null;
        json.forEachElement((i, rule) -> into.add(readRule(rule)));
    }

    private static Rule readRule(JsonStream json) throws IOException {
        RuleBuilder rule = new RuleBuilder();
        json.forEachField((name, value) -> {
            switch (name) {
                case "id" -> rule.id = value.string();
                case "shortDescription" -> {
                    String text = SarifJson.text(value);
                    rule.description = SarifJson.firstLine(text);
                    rule.knownExploited |= text != null && text.contains("*" + KEV_MARK + "*");
                }
                case "fullDescription" -> {
                    String text = SarifJson.text(value);
                    rule.knownExploited |= text != null && text.strip().startsWith(KEV_PREAMBLE);
                }
                case "defaultConfiguration" ->
                    value.forEachField((field, level) -> {
                        if (field.equals("level")) {
                            rule.defaultLevel = level(level.string());
                        }
                    });
                case "properties" ->
                    value.forEachField((field, property) -> {
                        switch (field) {
                            case "security-severity" -> rule.securitySeverity = SarifJson.severity(property);
                            case "tags" -> rule.securityTagged = SarifJson.hasSecurityTag(property);
                            // dependency-check's CVSS properties; no vector for v2 and v3 in its SARIF
                            case "cvssv2_score" -> rule.cvss[2] = SarifJson.severity(property);
                            case "cvssv3_baseScore" -> rule.cvss[3] = SarifJson.severity(property);
                            case "cvssv4_baseScore" -> rule.cvss[4] = SarifJson.severity(property);
                            case "cvssv4_vector" -> rule.cvssV4Vector = property.string();
                            default -> {
                                // other CVSS details, source...: not needed
                            }
                        }
                    });
                default -> {
                    // help, messageStrings...: not needed, skipped by forEachField
                }
            }
        });
        return new Rule(
                rule.id,
                rule.defaultLevel,
                rule.securitySeverity,
                rule.securityTagged,
                rule.description,
                rule.scores(),
                rule.knownExploited);
    }

    /** A level as SARIF spells it (lower case); null when absent or blank. */
    static String level(String level) {
        return level == null || level.isBlank() ? null : level.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The rule a result points at: {@code ruleIndex} into the driver's rules, else {@code rule.index} in the
     * extension {@code rule.toolComponent.index} (or the driver when no component is named), else the first
     * rule whose id is {@code ruleId}, driver before extensions (also when an index is out of range). Null when
     * nothing matches: the result stands on its own.
     */
    Rule find(int ruleIndex, int componentIndex, int componentRuleIndex, String ruleId) {
        Rule rule = null;
        if (ruleIndex >= 0) {
            rule = at(driver, ruleIndex);
        } else if (componentRuleIndex >= 0) {
            rule = componentIndex >= 0
                    ? at(
                            componentIndex < extensions.size() ? extensions.get(componentIndex) : List.of(),
                            componentRuleIndex)
                    : at(driver, componentRuleIndex);
        }
        if (rule == null && ruleId != null) {
            rule = byId().get(ruleId);
        }
        return rule;
    }

    private static Rule at(List<Rule> rules, int index) {
        return index < rules.size() ? rules.get(index) : null;
    }

    private Map<String, Rule> byId() {
        if (byId == null) {
            byId = new HashMap<>();
            driver.forEach(this::putFirst);
            extensions.forEach(rules -> rules.forEach(this::putFirst));
        }
        return byId;
    }

    private void putFirst(Rule rule) {
        if (rule.id() != null) {
            byId.putIfAbsent(rule.id(), rule);
        }
    }

    /** Mutable holder while a rule object streams by. */
    private static final class RuleBuilder {
        String id;
        String defaultLevel;
        Double securitySeverity;
        boolean securityTagged;
        String description;
        boolean knownExploited;
        final Double[] cvss = new Double[5]; // by major CVSS version, 2 to 4
        String cvssV4Vector;

        /**
         * The CVSS scores in version order; a score outside [0,10] is left out, like any odd property value that
         * must not break the gate.
         */
        List<Cvss> scores() {
            List<Cvss> scores = new ArrayList<>();
            for (int version = 2; version <= 4; version++) {
                Double score = cvss[version];
                if (score != null && score >= 0 && score <= 10) {
                    String vector =
                            version == 4 && cvssV4Vector != null && !cvssV4Vector.isBlank() ? cvssV4Vector : null;
                    scores.add(new Cvss(version, score, vector));
                }
            }
            return scores;
        }
    }
}
