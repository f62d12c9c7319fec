package io.github.readiness.rules.evidence;

import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.io.JsonStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells a JSON report's format by its top-level keys: {@code runs} is SARIF, {@code reportSchema}/{@code scanInfo}/
 * {@code dependencies} is dependency-check. Streams and stops at the first telling key, skipping the children it
 * passes, so a 100 MB report costs the time to reach that key (both tools write it first).
 */
final class JsonFormat {
    private JsonFormat() {}

    static EvidenceFormat detect(InputStream in) {
        try (JsonStream json = JsonStream.of(in)) {
            if (json.next() != JsonToken.START_OBJECT) {
                return EvidenceFormat.OTHER_JSON;
            }
            for (String key = json.nextField(); key != null; key = json.nextField()) {
                switch (key) {
                    case "runs" -> {
                        return EvidenceFormat.SARIF;
                    }
                    case "reportSchema", "scanInfo", "dependencies" -> {
                        return EvidenceFormat.DEPENDENCY_CHECK_JSON;
                    }
                    default -> json.skip();
                }
            }
            return EvidenceFormat.OTHER_JSON;
        } catch (IOException e) {
            // broken JSON: the format's own reader reports where, with the fix
            return EvidenceFormat.OTHER_JSON;
        }
    }
}
