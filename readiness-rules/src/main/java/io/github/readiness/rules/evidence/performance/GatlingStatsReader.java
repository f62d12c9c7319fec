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
import java.util.List;

/**
 * Streams Gatling 3.x's {@code js/stats.json} (what its HTML report is drawn from): the global statistics, then each
 * request and group under {@code contents}, nested to any depth. Each request or group is one scenario named by its
 * {@code path} ("group / request"); the global statistics are left out (a budget for "*" covers every request).
 *
 * <p>Gatling writes four percentiles whose ranks its {@code gatling.conf} sets ({@code percentile1..4}, by default
 * 50, 75, 95 and 99): this reader takes them as 50, 95 and 99 (percentiles1, 3 and 4), as the defaults say. Error rate
 * is {@code ko / total}; throughput is {@code meanNumberOfRequestsPerSecond.total}.
 */
public final class GatlingStatsReader {
    private final JsonParser json;
    private final String shown;
    private final List<ScenarioResult> results = new ArrayList<>();

    private GatlingStatsReader(JsonParser json, String shown) {
        this.json = json;
        this.shown = shown;
    }

    public static List<ScenarioResult> read(InputStream in, Path file, String shown) throws EvidenceException {
        try (JsonParser json = PerformanceJson.MAPPER.createParser(in)) {
            GatlingStatsReader reader = new GatlingStatsReader(json, shown);
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new EvidenceException(file, "is not Gatling statistics: a JSON object is expected");
            }
            reader.node(false);
            return reader.results;
        } catch (JacksonException e) {
            throw PerformanceJson.broken(file, e);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** One node (the root, a group or a request) whose START_OBJECT the parser stands on. */
    private void node(boolean counted) throws IOException {
        String path = null;
        JsonNode stats = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "path" -> path = json.getValueAsString();
                case "stats" -> stats = json.readValueAsTree();
                case "contents" -> contents();
                default -> json.skipChildren();
            }
        }
        if (counted && stats != null) {
            results.add(scenario(path, stats));
        }
    }

    private void contents() throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            if (json.nextToken() == JsonToken.START_OBJECT) {
                node(true);
            } else {
                json.skipChildren();
            }
        }
    }

    private ScenarioResult scenario(String path, JsonNode stats) {
        String name = path == null || path.isBlank() ? stats.path("name").asText("") : path;
        Double total = PerformanceJson.number(stats.path("numberOfRequests").get("total"));
        Double ko = PerformanceJson.number(stats.path("numberOfRequests").get("ko"));
        return new ScenarioResult(
                "gatling",
                name,
                total == null ? 0 : total.longValue(),
                ko == null ? 0 : ko.longValue(),
                PerformanceJson.number(stats.path("percentiles1").get("total")),
                PerformanceJson.number(stats.path("percentiles3").get("total")),
                PerformanceJson.number(stats.path("percentiles4").get("total")),
                PerformanceJson.number(
                        stats.path("meanNumberOfRequestsPerSecond").get("total")),
                shown);
    }
}
