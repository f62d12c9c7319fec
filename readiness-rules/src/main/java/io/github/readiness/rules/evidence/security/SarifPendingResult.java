package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.io.JsonStream;
import io.github.readiness.rules.model.Location;
import java.io.IOException;
import java.util.List;

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
    private String logicalLocation;
    private boolean suppressionAccepted;
    private boolean suppressionDisputed;
    private String justification;

    /** Reads the result object the parser stands on. */
    static SarifPendingResult read(JsonStream json) throws IOException {
        SarifPendingResult result = new SarifPendingResult();
        json.forEachField(result::field);
        return result;
    }

    private void field(String name, JsonStream json) throws IOException {
        switch (name) {
            case "ruleId" -> ruleId = json.string();
            case "ruleIndex" -> ruleIndex = SarifJson.index(json);
            case "rule" -> readRuleReference(json);
            case "level" -> level = SarifRules.level(json.string());
            case "message" -> message = SarifJson.firstLine(SarifJson.text(json));
            case "locations" ->
                json.forEachElement((i, location) -> {
                    if (i == 0) {
                        location.forEachField(this::locationField);
                    }
                });
            case "properties" ->
                json.forEachField((field, property) -> {
                    if (field.equals("security-severity")) {
                        securitySeverity = SarifJson.severity(property);
                    } else if (field.equals("tags")) {
                        securityTagged = SarifJson.hasSecurityTag(property);
                    }
                });
            case "suppressions" -> json.forEachElement((i, suppression) -> readSuppression(suppression));
            default -> {
                // codeFlows, relatedLocations, partialFingerprints...: skipped by forEachField
            }
        }
    }

    /** {@code rule}: a reportingDescriptorReference {id, index, toolComponent: {index}}. */
    private void readRuleReference(JsonStream json) throws IOException {
        json.forEachField((field, value) -> {
            switch (field) {
                case "id" -> {
                    String id = value.string();
                    ruleId = ruleId != null ? ruleId : id; // ruleId wins when both are given (3.27.5)
                }
                case "index" -> componentRuleIndex = SarifJson.index(value);
                case "toolComponent" ->
                    value.forEachField((component, index) -> {
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

    /**
     * One {@code suppression} (SARIF 2.1.0, 3.35): {@code status} absent or "accepted" suppresses the result,
     * "underReview" or "rejected" disputes it (3.27.23: then the result is not suppressed whatever the other
     * entries say). The first accepted entry's justification is kept.
     */
    private void readSuppression(JsonStream json) throws IOException {
        if (json.token() != JsonToken.START_OBJECT) {
            return; // not a suppression object: suppresses nothing (the caller skips it)
        }
        String[] statusAndJustification = new String[2];
        json.forEachField((field, value) -> {
            if (field.equals("status")) {
                String status = value.string();
                statusAndJustification[0] = status != null ? status : "(not a string)"; // present, so not "absent"
            } else if (field.equals("justification")) {
                statusAndJustification[1] = value.string();
            }
        });
        String status = statusAndJustification[0] == null ? "accepted" : statusAndJustification[0].strip();
        if (status.equalsIgnoreCase("accepted")) {
            if (!suppressionAccepted) {
                justification = present(statusAndJustification[1]);
            }
            suppressionAccepted = true;
        } else if (status.equalsIgnoreCase("underReview") || status.equalsIgnoreCase("rejected")) {
            suppressionDisputed = true;
        }
    }

    private void locationField(String name, JsonStream json) throws IOException {
        if (name.equals("logicalLocations")) {
            json.forEachElement((i, logical) -> {
                if (i == 0) {
                    readLogicalLocation(logical);
                }
            });
        } else if (name.equals("physicalLocation")) {
            json.forEachField((field, value) -> {
                if (field.equals("artifactLocation")) {
                    value.forEachField((artifactField, uriValue) -> {
                        if (artifactField.equals("uri")) {
                            uri = uriValue.string();
                        }
                    });
                } else if (field.equals("region")) {
                    value.forEachField((regionField, lineValue) -> {
                        if (regionField.equals("startLine")) {
                            line = Math.max(SarifJson.index(lineValue), 0);
                        }
                    });
                }
            });
        }
    }

    /** {@code fullyQualifiedName} (a purl in dependency-check's SARIF), else {@code name}; blank is absent. */
    private void readLogicalLocation(JsonStream json) throws IOException {
        String[] qualifiedAndName = new String[2];
        json.forEachField((field, value) -> {
            if (field.equals("fullyQualifiedName")) {
                qualifiedAndName[0] = value.string();
            } else if (field.equals("name")) {
                qualifiedAndName[1] = value.string();
            }
        });
        logicalLocation =
                present(qualifiedAndName[0]) != null ? present(qualifiedAndName[0]) : present(qualifiedAndName[1]);
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** This result with its rule's defaults filled in; {@code rules} holds the whole run's rules. */
    SarifResult resolve(String tool, SarifRules rules) {
        SarifRules.Rule rule = rules.find(ruleIndex, componentIndex, componentRuleIndex, ruleId);
        String id = ruleId != null ? ruleId : rule != null ? rule.id() : null;
        String resolvedLevel = level != null
                ? level
                : rule != null && rule.defaultLevel() != null ? rule.defaultLevel() : DEFAULT_LEVEL;
        Double severity = securitySeverity != null ? securitySeverity : rule != null ? rule.securitySeverity() : null;
        boolean tagged = securityTagged || (rule != null && rule.securityTagged()) || severity != null;
        String text = message != null
                ? message
                : rule != null && rule.description() != null ? rule.description() : id != null ? id : "(no message)";
        Location location = uri == null || uri.isBlank() ? null : new Location(uri, line);
        boolean suppressed = suppressionAccepted && !suppressionDisputed;
        return new SarifResult(
                tool,
                id,
                resolvedLevel,
                severity,
                tagged,
                text,
                location,
                logicalLocation,
                rule != null ? rule.description() : null,
                rule != null ? rule.scores() : List.of(),
                suppressed,
                suppressed ? justification : null,
                rule != null && rule.knownExploited());
    }
}
