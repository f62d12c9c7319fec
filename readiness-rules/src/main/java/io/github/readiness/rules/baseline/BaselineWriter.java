package io.github.readiness.rules.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes {@code readiness-baseline.json}, schemaVersion 1. Meant to be committed, so it is deterministic and quiet:
 * fixed field order, findings sorted by rule, key and fingerprint, '\n' line ends, no timestamp and no plugin or
 * project version (a release or an upgrade alone must not change the file).
 */
public final class BaselineWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private BaselineWriter() {}

    public static void write(Baseline baseline, Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n"); // the layout of readiness.json
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("project", baseline.project());
            writeNullableInt(json, "score", baseline.score());
            json.writeArrayFieldStart("categories");
            for (Baseline.CategoryEntry category : baseline.categories()) {
                json.writeStartObject();
                json.writeStringField("id", category.category().id());
                writeNullableInt(json, "score", category.score());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("coverage");
            writeNullableRatio(json, "line", baseline.coverage().line());
            writeNullableRatio(json, "branch", baseline.coverage().branch());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Baseline.KnownFinding finding : baseline.findings()) {
                json.writeStartObject();
                json.writeStringField("fingerprint", finding.fingerprint());
                json.writeStringField("rule", finding.rule());
                json.writeStringField("key", finding.key());
                json.writeEndObject();
            }
            json.writeEndArray();
            BaselineBenchmarks.write(json, baseline.benchmarks());
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeNullableInt(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /** Ratios as 0.1333, 0.8 or 1: no binary noise (the ratios are already rounded to 4 decimals). */
    private static void writeNullableRatio(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            json.writeNumberField(field, exact.scale() < 0 ? exact.setScale(0) : exact);
        }
    }
}
