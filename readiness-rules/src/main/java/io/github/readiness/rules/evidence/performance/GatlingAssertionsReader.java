package io.github.readiness.rules.evidence.performance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Gatling's {@code js/assertions.json} (small: one entry per assertion the simulation declares) and returns the
 * message of each failed assertion ({@code "result": false}).
 */
public final class GatlingAssertionsReader {
    private GatlingAssertionsReader() {}

    public static List<String> failed(InputStream in, Path file) throws EvidenceException {
        try {
            JsonNode root = PerformanceJson.MAPPER.readTree(in);
            List<String> failed = new ArrayList<>();
            for (JsonNode assertion : root.path("assertions")) {
                if (assertion.has("result") && !assertion.path("result").asBoolean(true)) {
                    failed.add(assertion
                            .path("message")
                            .asText("an assertion of " + root.path("simulation").asText()));
                }
            }
            return failed;
        } catch (JacksonException e) {
            throw PerformanceJson.broken(file, e);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
