package io.github.readiness.rules.baseline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.io.JsonStream;
import io.github.readiness.rules.model.Category;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code readiness-baseline.json} (schemaVersion 1) with the engine's {@link JsonStream}. Anything it cannot use
 * is a {@link BaselineException} with one line naming the file, the line, what is wrong and the fix; never ignored
 * (streaming keeps the line, which a databind tree or record would lose). Fields it does not know are passed over, so
 * a later writer may add some without a new schemaVersion.
 */
public final class BaselineReader {
    /** The fix every error names. */
    public static final String FIX = "write it again with mvn readiness:baseline";

    private static final String SHAPE = "a baseline has schemaVersion, score, categories, coverage and findings";

    private final JsonStream json;
    private final String file;

    private BaselineReader(JsonStream json, String file) {
        this.json = json;
        this.file = file;
    }

    /** @param file the file as messages name it (relative to the module) */
    public static Baseline read(InputStream in, String file) throws BaselineException {
        try (JsonStream json = JsonStream.of(in)) {
            return new BaselineReader(json, file).baseline();
        } catch (JacksonException e) {
            String reason = String.valueOf(e.getOriginalMessage())
                    .lines()
                    .findFirst()
                    .orElse("")
                    .replaceAll("\\s*\\(start marker at .*", "")
                    .strip();
            String where = e.getLocation() == null
                    ? ""
                    : " line " + e.getLocation().getLineNr() + " column "
                            + e.getLocation().getColumnNr();
            throw new BaselineException(
                    file + where + ": not valid JSON (" + reason + "), the file is damaged or" + " truncated; " + FIX,
                    e);
        } catch (IOException e) {
            throw new BaselineException(
                    file + ": cannot be read (" + e.getMessage() + "); check the file, or " + FIX, e);
        }
    }

    private Baseline baseline() throws IOException, BaselineException {
        JsonToken first = json.next();
        if (first == null) {
            throw new BaselineException(file + ": is empty; " + FIX);
        }
        if (first != JsonToken.START_OBJECT) {
            throw error("not a baseline: a JSON object is expected (" + SHAPE + ")");
        }
        Integer schemaVersion = null;
        String project = "";
        boolean hasScore = false;
        Integer score = null;
        List<Baseline.CategoryEntry> categories = null;
        CoverageRatios coverage = null;
        List<Baseline.KnownFinding> findings = null;
        List<io.github.readiness.rules.evidence.performance.BenchmarkResult> benchmarks = List.of();
        for (String field = json.nextField(); field != null; field = json.nextField()) {
            switch (field) {
                case "schemaVersion" -> schemaVersion = schemaVersion();
                case "project" -> project = text(field);
                case "score" -> {
                    hasScore = true;
                    score = score(field);
                }
                case "categories" -> categories = categories();
                case "coverage" -> coverage = coverage();
                case "findings" -> findings = findings();
                case BaselineBenchmarks.FIELD -> benchmarks = BaselineBenchmarks.read(json, this::error);
                default -> json.skip();
            }
        }
        require(schemaVersion != null, "schemaVersion");
        require(hasScore, "score");
        require(categories != null, "categories");
        require(coverage != null, "coverage");
        require(findings != null, "findings");
        return new Baseline(project, score, categories, coverage, findings, benchmarks);
    }

    private int schemaVersion() throws IOException, BaselineException {
        if (json.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error("schemaVersion is " + shown() + ", expected " + BaselineWriter.SCHEMA_VERSION);
        }
        int version = value().getIntValue();
        if (version != BaselineWriter.SCHEMA_VERSION) {
            throw error(
                    "schemaVersion " + version + " is not supported: this plugin reads schemaVersion "
                            + BaselineWriter.SCHEMA_VERSION + "; use the plugin version that wrote it, or " + FIX,
                    false);
        }
        return version;
    }

    private List<Baseline.CategoryEntry> categories() throws IOException, BaselineException {
        expect(JsonToken.START_ARRAY, "categories", "a list of {id, score}");
        List<Baseline.CategoryEntry> categories = new ArrayList<>();
        while (json.nextElement()) {
            expect(JsonToken.START_OBJECT, "a category", "{id, score}");
            Category category = null;
            Integer score = null;
            for (String field = json.nextField(); field != null; field = json.nextField()) {
                switch (field) {
                    case "id" -> category = category(text(field));
                    case "score" -> score = score("score of a category");
                    default -> json.skip();
                }
            }
            if (category == null) {
                throw error("a category without 'id'");
            }
            categories.add(new Baseline.CategoryEntry(category, score));
        }
        return categories;
    }

    private CoverageRatios coverage() throws IOException, BaselineException {
        expect(JsonToken.START_OBJECT, "coverage", "{line, branch}");
        Double line = null;
        Double branch = null;
        for (String field = json.nextField(); field != null; field = json.nextField()) {
            switch (field) {
                case "line" -> line = ratio("line coverage");
                case "branch" -> branch = ratio("branch coverage");
                default -> json.skip();
            }
        }
        return new CoverageRatios(line, branch);
    }

    private List<Baseline.KnownFinding> findings() throws IOException, BaselineException {
        expect(JsonToken.START_ARRAY, "findings", "a list of {fingerprint, rule, key}");
        List<Baseline.KnownFinding> findings = new ArrayList<>();
        while (json.nextElement()) {
            expect(JsonToken.START_OBJECT, "a finding", "{fingerprint, rule, key}");
            String fingerprint = null;
            String rule = "";
            String key = "";
            for (String field = json.nextField(); field != null; field = json.nextField()) {
                switch (field) {
                    case "fingerprint" -> fingerprint = text(field);
                    case "rule" -> rule = text(field);
                    case "key" -> key = text(field);
                    default -> json.skip();
                }
            }
            if (fingerprint == null) {
                throw error("a finding without 'fingerprint'");
            }
            if (!Fingerprint.isValid(fingerprint)) {
                throw error(
                        "fingerprint '" + fingerprint + "' is not " + Fingerprint.LENGTH + " lower-case hex digits");
            }
            findings.add(new Baseline.KnownFinding(fingerprint, rule, key));
        }
        return findings;
    }

    private Integer score(String what) throws IOException, BaselineException {
        if (json.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (json.token() != JsonToken.VALUE_NUMBER_INT || value().getLongValue() < 0 || value().getLongValue() > 100) {
            throw error(what + " is " + shown() + ", expected a whole number from 0 to 100, or null for N/A");
        }
        return value().getIntValue();
    }

    private Double ratio(String what) throws IOException, BaselineException {
        if (json.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!json.token().isNumeric() || value().getDoubleValue() < 0 || value().getDoubleValue() > 1) {
            throw error(what + " is " + shown() + ", expected a ratio from 0 to 1, or null when not measured");
        }
        return value().getDoubleValue();
    }

    private String text(String what) throws IOException, BaselineException {
        if (json.token() != JsonToken.VALUE_STRING) {
            throw error(what + " is " + shown() + ", expected a string");
        }
        return value().getText();
    }

    private Category category(String id) throws BaselineException {
        return Arrays.stream(Category.values())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> error("unknown category '" + id + "'"));
    }

    private void expect(JsonToken token, String what, String shape) throws IOException, BaselineException {
        if (json.token() != token) {
            throw error(what + " is " + shown() + ", expected " + shape);
        }
    }

    private void require(boolean present, String field) throws BaselineException {
        if (!present) {
            throw new BaselineException(file + ": no '" + field + "' (" + SHAPE + "); " + FIX);
        }
    }

    /** The parser, for the scalar the stream stands on and its location. */
    private JsonParser value() {
        return json.parser();
    }

    /** The current value as the message quotes it: {@code "abc"}, {@code 101}, {@code a list}. */
    private String shown() throws IOException {
        return switch (json.token()) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "\"" + value().getText() + "\"";
            default -> value().getText();
        };
    }

    private BaselineException error(String problem) {
        return error(problem, true);
    }

    private BaselineException error(String problem, boolean withFix) {
        return new BaselineException(
                file + " line " + value().currentLocation().getLineNr() + ": " + problem + (withFix ? "; " + FIX : ""));
    }
}
