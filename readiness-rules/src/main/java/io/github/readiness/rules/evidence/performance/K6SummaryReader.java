package io.github.readiness.rules.evidence.performance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a k6 end-of-test summary in both shapes: {@code k6 run --summary-export=file.json} (a metric's statistics at
 * its top level: {@code "p(95)": 265.2}) and the object {@code handleSummary(data)} receives, written with {@code
 * JSON.stringify(data)} (under {@code "values"}). Metrics stream past one at a time.
 *
 * <p>One scenario per {@code http_req_duration} metric: the untagged one is {@value #ALL}, a tagged sub-metric such
 * as {@code http_req_duration{name:checkout}} is {@code checkout} (the tag's value). Latencies are in ms (k6's unit
 * for time metrics); p50 is {@code med}; p99 only when {@code --summary-trend-stats} asked for {@code p(99)}. Error
 * rate and throughput come from {@code http_req_failed} and {@code http_reqs}, for the whole run.
 */
public final class K6SummaryReader {
    /** The scenario of every request of the run. */
    public static final String ALL = "all requests";

    private static final String DURATION = "http_req_duration";

    private K6SummaryReader() {}

    public static List<ScenarioResult> read(InputStream in, Path file, String shown) throws EvidenceException {
        Map<String, JsonNode> durations = new LinkedHashMap<>();
        JsonNode failed = null;
        JsonNode requests = null;
        try (JsonParser json = PerformanceJson.MAPPER.createParser(in)) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (!"metrics".equals(field) || json.currentToken() != JsonToken.START_OBJECT) {
                    json.skipChildren();
                    continue;
                }
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String metric = json.currentName();
                    json.nextToken();
                    if (metric.equals(DURATION) || metric.startsWith(DURATION + "{")) {
                        durations.put(metric, values(json.readValueAsTree()));
                    } else if (metric.equals("http_req_failed")) {
                        failed = values(json.readValueAsTree());
                    } else if (metric.equals("http_reqs")) {
                        requests = values(json.readValueAsTree());
                    } else {
                        json.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            throw PerformanceJson.broken(file, e);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (durations.isEmpty()) {
            throw new EvidenceException(
                    file, "is a k6 summary without http_req_duration: the test made no HTTP request");
        }
        Double count = requests == null ? null : PerformanceJson.number(requests.get("count"));
        Double rate = failed == null
                ? null
                : PerformanceJson.number(failed.has("rate") ? failed.get("rate") : failed.get("value"));
        long samples = count == null ? 0 : count.longValue();
        Double throughput = requests == null ? null : PerformanceJson.number(requests.get("rate"));
        List<ScenarioResult> results = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : durations.entrySet()) {
            String metric = entry.getKey();
            JsonNode values = entry.getValue();
            boolean all = metric.equals(DURATION);
            if (!all && metric.contains("expected_response:")) {
                continue; // k6's own sub-metric of successful responses, not a scenario
            }
            results.add(new ScenarioResult(
                    "k6",
                    all ? ALL : tagValue(metric),
                    all ? samples : 0,
                    all && rate != null ? Math.round(rate * samples) : 0,
                    PerformanceJson.number(values.get("med")),
                    PerformanceJson.number(values.get("p(95)")),
                    PerformanceJson.number(values.get("p(99)")),
                    all ? throughput : null,
                    shown));
        }
        return results;
    }

    /** The statistics of a metric: under "values" (handleSummary) or at its top level (--summary-export). */
    private static JsonNode values(JsonNode metric) {
        return metric.has("values") ? metric.get("values") : metric;
    }

    private static String tagValue(String metric) {
        String tags = metric.substring(metric.indexOf('{') + 1, metric.lastIndexOf('}'));
        int colon = tags.indexOf(':');
        return colon < 0 ? tags : tags.substring(colon + 1);
    }
}
