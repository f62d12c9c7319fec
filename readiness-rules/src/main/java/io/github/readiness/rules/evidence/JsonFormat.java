package io.github.readiness.rules.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells a JSON report's format by its top-level keys: {@code runs} is SARIF, {@code reportSchema}/{@code scanInfo}/
 * {@code dependencies} is dependency-check. Streams and stops at the first telling key, skipping the children it
 * passes, so a 100 MB report costs the time to reach that key (both tools write it first).
 */
final class JsonFormat {
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private JsonFormat() {}

    static EvidenceFormat detect(InputStream in) {
        try (JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return EvidenceFormat.OTHER_JSON;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                switch (json.currentName()) {
                    case "runs" -> {
                        return EvidenceFormat.SARIF;
                    }
                    case "reportSchema", "scanInfo", "dependencies" -> {
                        return EvidenceFormat.DEPENDENCY_CHECK_JSON;
                    }
                    default -> {
                        json.nextToken();
                        json.skipChildren();
                    }
                }
            }
            return EvidenceFormat.OTHER_JSON;
        } catch (IOException e) {
            // broken JSON: the format's own reader reports where, with the fix
            return EvidenceFormat.OTHER_JSON;
        }
    }
}
