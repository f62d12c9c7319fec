package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * readiness.json, schemaVersion 1 (fields in DESIGN.md). Deterministic: fixed field order, '\n' line ends,
 * measured values rounded to 4 decimals, no timestamp; the same scorecard gives a byte-identical file. With a
 * baseline, {@code baseline} holds the deltas and each finding says whether it is {@code known} or {@code new}.
 * {@code roadmap} lists the phases of {@link Scorecard#roadmap()}, their findings as indexes into {@code findings}.
 */
public final class JsonRenderer {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRenderer() {}

    public static void write(Scorecard card, Writer out) throws IOException {
        write(card, null, out);
    }

    /** The reactor's readiness.json: the reactor scorecard with {@code modules[]} and {@code reactor} filled. */
    public static void write(ReactorResult reactor, Writer out) throws IOException {
        write(reactor.card(), reactor, out);
    }

    private static void write(Scorecard card, ReactorResult reactor, Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", card.tool().name());
            json.writeStringField("version", card.tool().version());
            json.writeEndObject();
            json.writeObjectFieldStart("project");
            json.writeStringField("groupId", card.project().groupId());
            json.writeStringField("artifactId", card.project().artifactId());
            json.writeStringField("version", card.project().version());
            json.writeEndObject();
            writeNullableInt(json, "score", card.score());
            json.writeStringField("verdict", card.verdict().name());
            json.writeNumberField("minScore", card.minScore());
            json.writeArrayFieldStart("verdictReasons");
            for (String reason : card.verdictReasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            writeMaturity(json, card.maturity());
            json.writeStringField("scoreFormula", ScoreCalculator.FORMULA);
            json.writeNumberField("effortMinutes", card.totalEffortMinutes());
            writeCategories(json, card);
            MeasurementsJson.write(json, card.measurements());
            json.writeArrayFieldStart("rulesOff");
            for (String rule : card.rulesOff()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            if (card.baseline() == null) {
                json.writeNullField("baseline");
            } else {
                BaselineSection.json(card.baseline(), json);
            }
            writeFindings(json, card);
            RoadmapSection.json(card, json);
            writeWaivers(json, card);
            ChecklistText.json(card.checklist(), json);
            writeEvidence(json, card);
            if (reactor == null) {
                json.writeArrayFieldStart("modules");
                json.writeEndArray();
            } else {
                ReactorJson.write(reactor, json);
            }
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeCategories(JsonGenerator json, Scorecard card) throws IOException {
        json.writeArrayFieldStart("categories");
        for (CategoryScore category : card.categories()) {
            json.writeStartObject();
            json.writeStringField("id", category.category().id());
            json.writeStringField("name", category.category().displayName());
            json.writeNumberField("weight", category.weight());
            writeNullableInt(json, "score", category.score());
            json.writeNumberField("findings", category.findings());
            json.writeNumberField("blockers", category.blockers());
            json.writeNumberField("effortMinutes", category.effortMinutes());
            json.writeNumberField("waived", category.waived());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFindings(JsonGenerator json, Scorecard card) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : card.findings()) {
            json.writeStartObject();
            if (finding.module() != null) {
                json.writeStringField("module", finding.module()); // reactor result only
            }
            json.writeStringField("rule", finding.rule());
            json.writeStringField("category", finding.category().id());
            json.writeStringField("severity", finding.severity().name());
            json.writeBooleanField("blocking", finding.blocking());
            json.writeStringField("key", finding.key());
            json.writeStringField("message", finding.message());
            writeMeasured(json, finding.measured());
            writeNullableDecimal(json, "expected", finding.expected());
            if (finding.location() == null) {
                json.writeNullField("location");
            } else {
                json.writeObjectFieldStart("location");
                json.writeStringField("file", finding.location().file());
                if (finding.location().line() > 0) {
                    json.writeNumberField("line", finding.location().line());
                }
                json.writeEndObject();
            }
            json.writeStringField("remediation", finding.remediation());
            json.writeNumberField("effortMinutes", finding.effortMinutes());
            json.writeBooleanField("waived", finding.waived());
            if (finding.waiver() != null) {
                json.writeObjectFieldStart("waiver");
                json.writeStringField("reason", finding.waiver().reason());
                json.writeStringField("owner", finding.waiver().owner());
                json.writeStringField("expires", finding.waiver().expires().toString());
                json.writeNumberField("daysLeft", finding.waiver().daysLeft());
                json.writeEndObject();
            }
            if (card.baseline() != null) {
                json.writeStringField("baseline", card.baseline().isKnown(finding) ? "known" : "new");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The level reached and what the next one needs; null when the front end did not assess it. */
    private static void writeMaturity(JsonGenerator json, MaturityAssessment maturity) throws IOException {
        if (maturity == null) {
            json.writeNullField("maturity");
            return;
        }
        json.writeObjectFieldStart("maturity");
        json.writeStringField("level", maturity.level().id());
        json.writeStringField(
                "next", maturity.next() == null ? null : maturity.next().id());
        json.writeArrayFieldStart("missingForNext");
        for (String missing : maturity.missing()) {
            json.writeString(missing);
        }
        json.writeEndArray();
        json.writeStringField(
                "required",
                maturity.required() == null ? null : maturity.required().id());
        json.writeEndObject();
    }

    /** Every waiver of the policy and where it stands: state active, expiring, expired, stale or too-far-ahead. */
    private static void writeWaivers(JsonGenerator json, Scorecard card) throws IOException {
        json.writeArrayFieldStart("waivers");
        for (WaiverStatus status : card.waivers()) {
            Waiver waiver = status.waiver();
            json.writeStartObject();
            json.writeStringField("rule", waiver.rule());
            json.writeStringField("match", waiver.match());
            json.writeStringField("reason", waiver.reason());
            json.writeStringField("owner", waiver.owner());
            json.writeStringField("expires", waiver.expires().toString());
            json.writeStringField("state", status.state().id());
            json.writeNumberField("daysLeft", status.daysLeft());
            json.writeNumberField("matched", status.matched());
            if (status.warning() != null) {
                json.writeStringField("warning", status.warning());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeEvidence(JsonGenerator json, Scorecard card) throws IOException {
        json.writeArrayFieldStart("evidence");
        for (EvidenceRecord record : card.evidence()) {
            json.writeStartObject();
            json.writeStringField("source", record.source());
            json.writeStringField("path", record.path());
            json.writeStringField("status", record.status().name());
            if (!record.detail().isEmpty()) {
                json.writeStringField("detail", record.detail());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeNullableInt(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /** A measured value rounded DOWN to 4 decimals: a ratio of 0.79996 must not read as the 0.8 it misses. */
    private static void writeMeasured(JsonGenerator json, Double value) throws IOException {
        if (value == null) {
            json.writeNullField("measured");
        } else {
            BigDecimal rounded =
                    BigDecimal.valueOf(value).setScale(4, RoundingMode.FLOOR).stripTrailingZeros();
            json.writeNumberField("measured", rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        }
    }

    static void writeNullableDecimal(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            BigDecimal rounded =
                    BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            json.writeNumberField(field, rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        }
    }
}
