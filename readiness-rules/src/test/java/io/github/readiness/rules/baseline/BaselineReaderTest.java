package io.github.readiness.rules.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.model.Category;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaselineReaderTest {
    private static final String FILE = "readiness-baseline.json";
    private static final String FIX = "; write it again with mvn readiness:baseline";
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "project": "com.acme:payments",
              "score": 72,
              "categories": [
                {"id": "test-coverage", "score": 60},
                {"id": "security", "score": null}
              ],
              "coverage": {"line": 0.713, "branch": null},
              "findings": [
                {"fingerprint": "8264eb04c78b7d80", "rule": "coverage.line", "key": "line"}
              ]
            }
            """;

    private static Baseline read(String json) throws BaselineException {
        return BaselineReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    @Test
    void readsEveryField() throws BaselineException {
        Baseline baseline = read(VALID);
        assertEquals(72, baseline.score());
        assertEquals(60, baseline.score(Category.TEST_COVERAGE));
        assertNull(baseline.score(Category.SECURITY));
        assertEquals(new CoverageRatios(0.713, null), baseline.coverage());
        assertEquals(
                List.of(new Baseline.KnownFinding("8264eb04c78b7d80", "coverage.line", "line")), baseline.findings());
    }

    @Test
    void passesOverFieldsALaterWriterAdds() throws BaselineException {
        Baseline baseline = read(VALID.replace("\"score\": 72,", "\"score\": 72, \"note\": {\"by\": [1, 2]},")
                .replace("\"key\": \"line\"}", "\"key\": \"line\", \"since\": \"2027-01-01\"}"));
        assertEquals(read(VALID), baseline);
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of("empty", "", FILE + ": is empty" + FIX),
                Arguments.of(
                        "a list",
                        "[]",
                        FILE + " line 1: not a baseline: a JSON object is expected (a baseline"
                                + " has schemaVersion, score, categories, coverage and findings)" + FIX),
                Arguments.of(
                        "truncated",
                        VALID.substring(0, VALID.indexOf("\"coverage\"")),
                        FILE + " line 9 column 3: not valid JSON (Unexpected end-of-input within/between"
                                + " Object entries), the file is damaged or truncated" + FIX),
                Arguments.of(
                        "malformed",
                        VALID.replace("\"score\": 72,", "\"score\": 72"),
                        FILE + " line 5 column 3: not valid JSON (Unexpected character ('\"' (code 34)): was expecting"
                                + " comma to separate Object entries), the file is damaged or truncated" + FIX),
                Arguments.of(
                        "another schemaVersion",
                        VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
                        FILE + " line 2: schemaVersion 2 is not supported: this plugin reads schemaVersion 1; use the"
                                + " plugin version that wrote it, or write it again with mvn readiness:baseline"),
                Arguments.of(
                        "schemaVersion as text",
                        VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
                        FILE + " line 2: schemaVersion is \"1\", expected 1" + FIX),
                Arguments.of(
                        "no schemaVersion",
                        VALID.replace("\"schemaVersion\": 1,", ""),
                        FILE + ": no 'schemaVersion' (a baseline has schemaVersion, score, categories, coverage and"
                                + " findings)" + FIX),
                Arguments.of(
                        "no score",
                        VALID.replace("\"score\": 72,", ""),
                        FILE + ": no 'score' (a baseline has"
                                + " schemaVersion, score, categories, coverage and findings)" + FIX),
                Arguments.of(
                        "no categories",
                        VALID.replace(
                                VALID.substring(VALID.indexOf("\"categories\""), VALID.indexOf("\"coverage\"")), ""),
                        FILE + ": no 'categories' (a baseline has schemaVersion,"
                                + " score, categories, coverage and findings)" + FIX),
                Arguments.of(
                        "no coverage",
                        VALID.replace("\"coverage\": {\"line\": 0.713, \"branch\": null},", ""),
                        FILE + ": no 'coverage' (a baseline has schemaVersion, score, categories, coverage and"
                                + " findings)" + FIX),
                Arguments.of(
                        "no findings",
                        VALID.replace(
                                VALID.substring(VALID.indexOf(",\n  \"findings\""), VALID.lastIndexOf('}')), "\n"),
                        FILE + ": no 'findings' (a baseline has schemaVersion,"
                                + " score, categories, coverage and findings)" + FIX),
                Arguments.of(
                        "score out of range",
                        VALID.replace("\"score\": 72", "\"score\": 101"),
                        FILE + " line 4: score is 101, expected a whole number from 0 to 100, or null for N/A" + FIX),
                Arguments.of(
                        "score as text",
                        VALID.replace("\"score\": 72", "\"score\": \"72\""),
                        FILE + " line 4: score is \"72\", expected a whole number from 0 to 100, or null for N/A"
                                + FIX),
                Arguments.of(
                        "category score",
                        VALID.replace("\"score\": 60", "\"score\": 6.5"),
                        FILE + " line 6: score of a category is 6.5, expected a whole number from 0 to 100, or null"
                                + " for N/A" + FIX),
                Arguments.of(
                        "unknown category",
                        VALID.replace("\"test-coverage\"", "\"coverage\""),
                        FILE + " line 6: unknown category 'coverage'" + FIX),
                Arguments.of(
                        "categories not a list",
                        VALID.replace(
                                VALID.substring(VALID.indexOf("[\n    {\"id\""), VALID.indexOf(",\n  \"coverage\"")),
                                "{}"),
                        FILE + " line 5: categories is an object," + " expected a list of {id, score}" + FIX),
                Arguments.of(
                        "ratio above 1",
                        VALID.replace("0.713", "71.3"),
                        FILE + " line 9: line coverage is 71.3, expected a ratio from 0 to 1, or null when not"
                                + " measured" + FIX),
                Arguments.of(
                        "finding without fingerprint",
                        VALID.replace("\"fingerprint\": \"8264eb04c78b7d80\", ", ""),
                        FILE + " line 11: a finding without 'fingerprint'" + FIX),
                Arguments.of(
                        "fingerprint not hex",
                        VALID.replace("8264eb04c78b7d80", "line coverage"),
                        FILE + " line 11: fingerprint 'line coverage' is not 16 lower-case hex digits" + FIX));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void anUnusableBaselineIsOneLineNamingTheFileAndTheFix(String name, String json, String message) {
        BaselineException e = assertThrows(BaselineException.class, () -> read(json));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertNull(e.getCause(), "no cause: Maven would append its message to the error line");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt(@org.junit.jupiter.api.io.TempDir Path dir) {
        BaselineException e =
                assertThrows(BaselineException.class, () -> BaselineFile.read(dir.resolve(FILE), "module/" + FILE));
        assertEquals(
                "module/" + FILE + ": cannot be read (" + dir.resolve(FILE) + "); check the file's permissions,"
                        + " or write it again with mvn readiness:baseline",
                e.getMessage());
    }

    @Test
    void theParsersOwnErrorIsKeptForDashE() throws IOException {
        BaselineException e = assertThrows(BaselineException.class, () -> read("{\"schemaVersion\": 1,"));
        assertEquals(1, e.getSuppressed().length);
    }
}
