package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonParser;
import io.github.readiness.rules.model.Location;
import java.io.IOException;

/**
 * What one SARIF result says about itself, kept until its run's rules are known: the spec lets {@code results}
 * come before {@code tool}, so a result is resolved against its rule only when the whole run has been read.
 * Holds only the fields {@link SarifResult} needs (code flows, fingerprints, fixes... are skipped unread).
 */
final class SarifPendingResult {
    private static final String DEFAULT_LEVEL = "warning"; // SARIF 2.1.0, 3.27.10

    private String ruleId;
    private int ruleIndex = -1;
    private int componentIndex = -1;
    private int componentRuleIndex = -1;
    private String level;
    private String message;
    private Double securitySeverity;
    private boolean securityTagged;
    private String uri;
    private int line;

    /** Reads the result object the parser stands on. */
    static SarifPendingResult read(JsonParser json) throws IOException {
        SarifPendingResult result = new SarifPendingResult();
        SarifJson.forEachField(json, result::field);
        return result;
    }

    private void field(String name, JsonParser json) throws IOException {
        switch (name) {
            case "ruleId" -> ruleId = SarifJson.string(json);
            case "ruleIndex" -> ruleIndex = SarifJson.index(json);
            case "rule" -> readRuleReference(json);
            case "level" -> level = SarifRules.level(SarifJson.string(json));
            case "message" -> message = SarifJson.firstLine(SarifJson.text(json));
            case "locations" -> SarifJson.forEachElement(json, (i, location) -> {
                if (i == 0) {
                    SarifJson.forEachField(location, this::locationField);
                }
            });
            case "properties" -> SarifJson.forEachField(json, (field, property) -> {
                if (field.equals("security-severity")) {
                    securitySeverity = SarifJson.severity(property);
                } else if (field.equals("tags")) {
                    securityTagged = SarifJson.hasSecurityTag(property);
                }
            });
            default -> {
                // codeFlows, relatedLocations, partialFingerprints...: skipped by forEachField
            }
        }
    }

    /** {@code rule}: a reportingDescriptorReference {id, index, toolComponent: {index}}. */
    private void readRuleReference(JsonParser json) throws IOException {
        SarifJson.forEachField(json, (field, value) -> {
            switch (field) {
                case "id" -> {
                    String id = SarifJson.string(value);
                    ruleId = ruleId != null ? ruleId : id; // ruleId wins when both are given (3.27.5)
                }
                case "index" -> componentRuleIndex = SarifJson.index(value);
                case "toolComponent" -> SarifJson.forEachField(value, (component, index) -> {
                    if (component.equals("index")) {
                        componentIndex = SarifJson.index(index);
                    }
                });
                default -> {
                    // guid: not used
                }
            }
        });
    }

    private void locationField(String name, JsonParser json) throws IOException {
        if (name.equals("physicalLocation")) {
            SarifJson.forEachField(json, (field, value) -> {
                if (field.equals("artifactLocation")) {
                    SarifJson.forEachField(value, (artifactField, uriValue) -> {
                        if (artifactField.equals("uri")) {
                            uri = SarifJson.string(uriValue);
                        }
                    });
                } else if (field.equals("region")) {
                    SarifJson.forEachField(value, (regionField, lineValue) -> {
                        if (regionField.equals("startLine")) {
                            line = Math.max(SarifJson.index(lineValue), 0);
                        }
                    });
                }
            });
        }
    }

    /** This result with its rule's defaults filled in; {@code rules} holds the whole run's rules. */
    SarifResult resolve(String tool, SarifRules rules) {
        SarifRules.Rule rule = rules.find(ruleIndex, componentIndex, componentRuleIndex, ruleId);
        String id = ruleId != null ? ruleId : rule != null ? rule.id() : null;
        String resolvedLevel = level != null ? level
                : rule != null && rule.defaultLevel() != null ? rule.defaultLevel() : DEFAULT_LEVEL;
        Double severity = securitySeverity != null ? securitySeverity : rule != null ? rule.securitySeverity() : null;
        boolean tagged = securityTagged || (rule != null && rule.securityTagged()) || severity != null;
        String text = message != null ? message
                : rule != null && rule.description() != null ? rule.description()
                : id != null ? id : "(no message)";
        Location location = uri == null || uri.isBlank() ? null : new Location(uri, line);
        return new SarifResult(tool, id, resolvedLevel, severity, tagged, text, location, null, null, java.util.List.of(), false, null);
    }
}
