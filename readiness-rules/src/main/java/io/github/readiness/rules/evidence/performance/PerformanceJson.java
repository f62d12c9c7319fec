package io.github.readiness.rules.evidence.performance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.readiness.rules.evidence.EvidenceException;
import java.nio.file.Path;

/**
 * What the JSON readers share: a streaming parser that reads one small object at a time as a tree (a benchmark, a
 * request's statistics, a k6 metric), never the whole file, and the one-line error of a broken file.
 */
final class PerformanceJson {
    static final ObjectMapper MAPPER =
            JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private PerformanceJson() {}

    static EvidenceException broken(Path file, JacksonException e) {
        String reason = String.valueOf(e.getOriginalMessage())
                .lines()
                .findFirst()
                .orElse("")
                .strip();
        String where =
                e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        return new EvidenceException(
                file,
                "not valid JSON" + where + " (" + reason + "): the file is truncated or damaged; run the tool again"
                        + " (mvn clean verify)",
                e);
    }

    /** A number, also when written as a string ("7.9" in older Gatling files); null for "-", "NaN" or absent. */
    static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        String text = node.asText().strip().replace(",", "");
        try {
            double value = Double.parseDouble(text);
            return Double.isNaN(value) ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
