package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.readiness.rules.baseline.Fingerprint;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * readiness.sarif: SARIF 2.1.0 for code scanning. One reporting descriptor per evaluated rule (help from the rule's
 * metadata), one result per finding in the scorecard's order; a waived finding is a result with an external
 * suppression carrying the waiver, so code scanning shows it as dismissed instead of losing it. Levels and
 * {@code security-severity} are documented in {@link SarifLevels}. Deterministic like readiness.json: same scorecard,
 * same bytes.
 *
 * <p>Locations are relative URIs against {@code %SRCROOT%}: the project base directory in a single-module build, the
 * reactor root in a multi-module build (a module's paths get its folder in front, {@code beta/src/main/java/...}), so
 * that code scanning resolves them from the repository root. A finding not tied to a file points at its module's
 * {@code pom.xml}: GitHub code scanning needs a location for every result, and the POM is where a project-wide
 * problem is decided.
 *
 * <p>The reactor's readiness.sarif ({@link #write(ReactorResult, Writer)}) is one run with every module's findings:
 * in a multi-module build that is the one file to upload. Each module's own file is complete too, but uploading it
 * as well would show each alert twice (once per category).
 */
public final class SarifRenderer {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String PROJECT_FILE = "pom.xml";
    /** The partialFingerprints key: the baseline's fingerprint of rule and key, so alerts survive edits. */
    static final String FINGERPRINT_KEY = "readiness/v1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private SarifRenderer() {}

    /** A module's readiness.sarif, its paths relative to its own directory (a single-module build). */
    public static void write(Scorecard card, Writer out) throws IOException {
        write(card, "", out);
    }

    /**
     * A module's readiness.sarif with paths relative to the reactor root.
     *
     * @param folder the module's directory relative to the reactor root ({@code beta}), empty or {@code .} for the
     *     root itself
     */
    public static void write(Scorecard card, String folder, Writer out) throws IOException {
        String prefix = prefix(folder);
        write(card, finding -> prefix, out);
    }

    /**
     * The reactor's readiness.sarif: one run whose results are every module's findings, paths relative to the reactor
     * root, findings about the aggregate at the root's {@code pom.xml}; category and properties are the reactor's. A
     * non-blocking finding several modules repeat is one result per module here, at each module's own path.
     */
    public static void write(ReactorResult reactor, Writer out) throws IOException {
        Map<String, String> folders = new HashMap<>();
        for (ModuleResult module : reactor.modules()) {
            folders.putIfAbsent(module.name(), prefix(module.path()));
        }
        Scorecard card = reactor.card();
        Scorecard perModule = Scorecard.builder(card.tool(), card.project())
                .score(card.score(), card.minScore())
                .verdict(card.verdict(), card.verdictReasons())
                .categories(card.categories())
                .findings(reactor.findingsPerModule())
                .evidence(card.evidence())
                .rules(card.rules())
                .waivers(card.waivers())
                .baseline(card.baseline())
                .maturity(card.maturity())
                .measurements(card.measurements())
                .rulesOff(card.rulesOff())
                .build();
        write(perModule, finding -> folders.getOrDefault(finding.module(), ""), out);
    }

    /** "beta" -> "beta/"; "." and "" -> "". */
    static String prefix(String folder) {
        String path = folder == null ? "" : folder.replace('\\', '/');
        return path.isEmpty() || path.equals(".") ? "" : path.endsWith("/") ? path : path + "/";
    }

    private static void write(Scorecard card, Function<Finding, String> folderOf, Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        Map<String, RuleMetadata> rules = EvaluatedRules.of(card);
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", card.tool().name());
            json.writeStringField("version", card.tool().version());
            json.writeArrayFieldStart("rules");
            for (RuleMetadata rule : rules.values()) {
                writeRule(json, rule, EvaluatedRules.findingsOf(card, rule.id()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            // one category per module, so code scanning keeps the alerts of each module of a reactor apart
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField(
                    "id",
                    "readiness/" + card.project().groupId() + ":"
                            + card.project().artifactId() + "/");
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (Finding finding : card.findings()) {
                writeResult(json, finding, ruleIds.indexOf(finding.rule()), folderOf.apply(finding));
            }
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            JsonRenderer.writeNullableInt(json, "score", card.score());
            json.writeStringField("verdict", card.verdict().name());
            json.writeNumberField("minScore", card.minScore());
            if (!card.rulesOff().isEmpty()) {
                json.writeArrayFieldStart("rulesOff"); // what the policy left unchecked, never silent
                for (String rule : card.rulesOff()) {
                    json.writeString(rule);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeRule(JsonGenerator json, RuleMetadata rule, List<Finding> findings) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", pascalCase(rule.id()));
        text(json, "shortDescription", rule.title());
        text(json, "fullDescription", rule.description());
        text(json, "help", rule.remediation() + "\nEffort estimate: " + rule.effortModel());
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", SarifLevels.defaultLevel(rule));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("category", rule.category().id());
        // "security" makes GitHub file the rule's alerts under security (the category id already is "security")
        json.writeArrayFieldStart("tags");
        json.writeString("readiness");
        json.writeString(rule.category().id());
        json.writeEndArray();
        if (SarifLevels.isSecurity(rule.category())) {
            List<Finding> unwaived = findings.stream().filter(f -> !f.waived()).toList();
            json.writeStringField(
                    "security-severity", SarifLevels.format(SarifLevels.ruleSecuritySeverity(rule, unwaived)));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex, String folder)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", SarifLevels.level(finding));
        text(json, "message", finding.message());
        writeLocation(json, finding.location(), folder);
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, fingerprint(finding));
        json.writeEndObject();
        if (finding.waived()) {
            writeSuppression(json, finding.waiver());
        }
        json.writeObjectFieldStart("properties");
        if (finding.module() != null) {
            json.writeStringField("module", finding.module());
        }
        json.writeStringField("severity", finding.severity().name());
        json.writeBooleanField("blocking", finding.blocking());
        json.writeStringField("key", finding.key());
        json.writeStringField("remediation", finding.remediation());
        json.writeNumberField("effortMinutes", finding.effortMinutes());
        Double securitySeverity = SarifLevels.securitySeverity(finding);
        if (SarifLevels.isSecurity(finding.category()) && securitySeverity != null) {
            json.writeStringField("security-severity", SarifLevels.format(securitySeverity));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * The baseline fingerprint (rule and key); in the reactor file qualified by the module, since two modules can
     * have the same finding (each its own {@code coverage.line}) and code scanning would take them for one alert.
     */
    static String fingerprint(Finding finding) {
        String own = Fingerprint.of(finding);
        return finding.module() == null ? own : Fingerprint.of(finding.rule(), finding.module() + '\u0000' + own);
    }

    private static void writeLocation(JsonGenerator json, Location location, String folder) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        String file = location == null ? PROJECT_FILE : location.file();
        json.writeStringField("uri", uri(folder.isEmpty() ? file : inFolder(folder, file)));
        json.writeStringField("uriBaseId", SRCROOT);
        json.writeEndObject();
        if (location != null && location.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", location.line());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** An external suppression: the waiver lives outside the code, in the readiness policy. */
    private static void writeSuppression(JsonGenerator json, WaiverNote waiver) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "external");
        json.writeStringField("status", "accepted");
        if (waiver != null) {
            json.writeStringField(
                    "justification",
                    waiver.reason() + " (owner " + waiver.owner() + ", expires " + waiver.expires() + ")");
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** A module's file seen from the reactor root: "beta/" + "../.github/x.yml" is ".github/x.yml". */
    static String inFolder(String folder, String file) {
        return java.nio.file.Path.of(folder + file.replace('\\', '/'))
                .normalize()
                .toString()
                .replace('\\', '/');
    }

    /** A relative URI reference: forward slashes, spaces and non-ASCII characters percent-encoded. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            String encoded = new URI(null, null, "./" + path, null).toASCIIString();
            // "./" stays only where a colon in the first segment would read as a scheme ("c:x" is not a file)
            int slash = path.indexOf('/');
            return path.substring(0, slash < 0 ? path.length() : slash).contains(":") ? encoded : encoded.substring(2);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + file, e);
        }
    }

    /** "security.vulnerabilities" -> "SecurityVulnerabilities": SARIF names are identifiers, ids may have dots. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.toString();
    }
}
