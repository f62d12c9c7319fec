package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.readback.ScorecardJsonReader;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** readiness.json read back: every golden scorecard survives the round trip byte for byte. */
class ScorecardJsonReaderTest {
    static Stream<Arguments> goldenCards() {
        Scorecard waived = ReportGoldenTest.waivedCard();
        return Stream.of(
                Arguments.of("not ready", ReportGoldenTest.notReadyCard()),
                Arguments.of("waivers in every state", waived),
                Arguments.of("compared with a baseline", BaselineReportGoldenTest.comparedCard()),
                Arguments.of(
                        "with a maturity level",
                        waived.toBuilder()
                                .maturity(new MaturityAssessment(
                                        MaturityLevel.BRONZE,
                                        MaturityLevel.SILVER,
                                        List.of("line coverage is 71.3 %, but expected minimum is 85 %"),
                                        MaturityLevel.SILVER))
                                .build()),
                Arguments.of(
                        "at gold",
                        waived.toBuilder()
                                .maturity(new MaturityAssessment(MaturityLevel.GOLD, null, List.of(), null))
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCards")
    void roundTripIsByteIdentical(String name, Scorecard card) throws IOException {
        String json = json(card);
        Scorecard read = read(json);
        assertEquals(json, json(read));
        assertEquals(card.rules(), read.rules(), "the rules come from the caller");
        assertEquals(card.roadmap(), read.roadmap(), "the roadmap is derived from the findings");
        assertEquals(card.verdictReasons(), read.verdictReasons());
    }

    @Test
    void unknownFieldsArePassedOver() throws IOException {
        String json = json(ReportGoldenTest.notReadyCard());
        String extended = json.replaceFirst("\\{\n", "{\n  \"future\": {\"a\": [1, 2.5, true, null]},\n")
                .replace("\"waived\": false", "\"waived\": false, \"sarifRuleIndex\": 3");
        assertEquals(json, json(read(extended)));
    }

    @Test
    void theProjectNameIsNotInTheFile() throws IOException {
        assertNull(read(json(ReportGoldenTest.notReadyCard())).project().name());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "{\"schemaVersion\": 2}",
                "{\"schemaVersion\": 1}",
                "{\"schemaVersion\": 1, \"tool\": 3}",
                "{\"schemaVersion\": \"1\"}",
                "{\"schemaVersion\": 1, \"tool\": {\"name\": \"x\"",
                "not json"
            })
    void brokenFilesAreOneLineErrors(String content) {
        IOException e = assertThrows(IOException.class, () -> read(content));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    /** A readiness.json cut off anywhere (a killed build, a full disk) is an IOException, never a partial card. */
    @Test
    void everyTruncationIsAOneLineError() throws IOException {
        String json = json(ReportGoldenTest.waivedCard());
        for (int length = 0; length < json.strip().length(); length += 7) {
            String cut = json.substring(0, length);
            IOException e = assertThrows(IOException.class, () -> read(cut), "cut at " + length);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    /** Values of the right JSON type but not valid for the field: IOException (the report evaluates instead). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"expires\": \"2027-03-31\"  | \"expires\": \"soon\"",
                "\"verdict\": \"NOT_READY\"   | \"verdict\": \"ALMOST\"",
                "\"severity\": \"HIGH\"       | \"severity\": \"high\"",
                "\"status\": \"READ\"         | \"status\": \"LOST\"",
                "\"state\": \"active\"        | \"state\": \"paused\"",
                "\"daysLeft\": 136            | \"daysLeft\": 1e99",
                "\"effortMinutes\": 545       | \"effortMinutes\": 99999999999"
            })
    void invalidValuesAreOneLineErrors(String valid, String corrupt) throws IOException {
        String json = json(ReportGoldenTest.waivedCard());
        assertTrue(json.contains(valid.strip()), valid);
        IOException e = assertThrows(
                IOException.class,
                () -> read(json.replaceFirst(java.util.regex.Pattern.quote(valid.strip()), corrupt.strip())));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void errorsNameTheField() {
        IOException e =
                assertThrows(IOException.class, () -> read("{\"schemaVersion\": 1, \"tool\": {\"version\": \"1\"}}"));
        assertEquals("readiness.json.project is missing", e.getMessage());
    }

    private static Scorecard read(String json) throws IOException {
        return ScorecardJsonReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ReportGoldenTest.notReadyCard().rules());
    }

    private static String json(Scorecard card) throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(card, out);
        return out.toString();
    }
}
