package io.github.readiness.rules.evidence.performance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.SafeXml;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The format of a performance result file, told from its content, never its name: JSON by its top-level keys (the
 * first element's keys for a JMH array), XML by its first element, CSV by its header line.
 */
public enum PerformanceFormat {
    GATLING_STATS("Gatling statistics (js/stats.json)"),
    GATLING_ASSERTIONS("Gatling assertion results (js/assertions.json)"),
    JTL_CSV("a JMeter JTL in CSV"),
    JTL_XML("a JMeter JTL in XML"),
    K6_SUMMARY("a k6 summary"),
    JMH_JSON("JMH results (-rf json)"),
    /** A CSV whose first line is a sample: JMeter wrote it without field names. */
    JTL_CSV_NO_HEADER("a JMeter JTL in CSV without its header line"),
    OTHER("not a performance result");

    private static final Pattern SAMPLE_LINE = Pattern.compile("^\\d{9,}[,;\\t|]\\d+[,;\\t|].*");

    private final String description;

    PerformanceFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * Reads only as far as it needs (top-level JSON keys, the first XML element, the first text line).
     *
     * @throws EvidenceException when a JSON file is broken (truncated, not JSON after all)
     */
    public static PerformanceFormat detect(Path file) throws EvidenceException {
        try (InputStream in = Files.newInputStream(file)) {
            int first = firstSignificant(file);
            if (first == '{' || first == '[') {
                return detectJson(in, file);
            }
            if (first == '<') {
                return detectXml(in);
            }
            return detectText(file);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static int firstSignificant(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b == -1 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return -1;
        }
    }

    private static PerformanceFormat detectJson(InputStream in, Path file) throws IOException, EvidenceException {
        try (JsonParser json = PerformanceJson.MAPPER.createParser(in)) {
            JsonToken top = json.nextToken();
            if (top == JsonToken.START_ARRAY) {
                return json.nextToken() == JsonToken.START_OBJECT && keys(json).contains("primaryMetric")
                        ? JMH_JSON
                        : OTHER;
            }
            Set<String> keys = keys(json);
            if (keys.contains("metrics") && !keys.contains("runs")) {
                return K6_SUMMARY;
            }
            if (keys.contains("contents") && keys.contains("stats")) {
                return GATLING_STATS;
            }
            if (keys.contains("simulation") && keys.contains("assertions")) {
                return GATLING_ASSERTIONS;
            }
            return OTHER;
        } catch (JacksonException e) {
            throw PerformanceJson.broken(file, e);
        }
    }

    /** The keys of the object the parser stands on; their values skipped. */
    private static Set<String> keys(JsonParser json) throws IOException {
        Set<String> keys = new HashSet<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            keys.add(json.currentName());
            json.nextToken();
            json.skipChildren();
        }
        return keys;
    }

    private static PerformanceFormat detectXml(InputStream in) {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                return "testResults".equals(SafeXml.nextStartElement(xml)) ? JTL_XML : OTHER;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return OTHER;
        }
    }

    private static PerformanceFormat detectText(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                return OTHER;
            }
            if (line.contains("elapsed") && line.contains("label")) {
                return JTL_CSV;
            }
            return SAMPLE_LINE.matcher(line).matches() ? JTL_CSV_NO_HEADER : OTHER;
        } catch (java.nio.charset.MalformedInputException e) {
            return OTHER; // binary
        }
    }
}
