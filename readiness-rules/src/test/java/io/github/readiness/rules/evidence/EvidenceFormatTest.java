package io.github.readiness.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format of a file is told by its content: real projects commit reports under other tools' names. */
class EvidenceFormatTest {
    @ParameterizedTest
    @CsvSource({
        "jacoco-misnamed-as-dc-gematik/dependency-check-report.xml, JACOCO_XML",
        "jacoco-empty-aggregate-cia/jacoco.xml, JACOCO_XML",
        "bundle-4156team-rollercoaster/target/checkstyle-result.xml, CHECKSTYLE_XML",
        "spotbugs-4.9.8-vulnado/target/spotbugs.xml, SPOTBUGS_XML",
        "dc-xml-6.0.2-openls/dependency-check-report.xml, DEPENDENCY_CHECK_XML",
        "dc-json-6.0.2-openls/dependency-check-report.json, DEPENDENCY_CHECK_JSON",
        "dc-json-4.0.2-guardrails/dependency-check-report.json, DEPENDENCY_CHECK_JSON",
        "sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif, SARIF",
        "sarif-codeql-2.11.0-altoroj/java.sarif, SARIF",
        "sarif-spotbugs-4.8.1-glasov/spotbugsSarif.json, SARIF",
    })
    void detectsRealReportsByContent(String file, EvidenceFormat expected) throws Exception {
        Path path = Paths.get(
                EvidenceFormatTest.class.getResource("/real-reports/" + file).toURI());
        assertEquals(expected, EvidenceFormat.detect(path));
    }

    @ParameterizedTest
    @CsvSource({
        "'<testsuite/>', JUNIT_XML",
        "'<failsafe-summary/>', FAILSAFE_SUMMARY",
        "'<html/>', OTHER_XML",
        "'', NOT_XML",
        "'\uFEFF {\"version\": \"2.1.0\", \"runs\": []}', SARIF",
        "'{\"a\": {\"runs\": 1}, \"scanInfo\": {}}', DEPENDENCY_CHECK_JSON",
        "'{\"a\": 1}', OTHER_JSON",
        "'[1, 2]', OTHER_JSON",
        "'{\"a\": ', OTHER_JSON",
        "'plain text', NOT_XML"
    })
    void detectsFromTheFirstElementOnly(String content, EvidenceFormat expected) {
        assertEquals(
                expected, EvidenceFormat.detect(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
    }
}
