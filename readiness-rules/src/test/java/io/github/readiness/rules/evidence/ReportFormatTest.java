package io.github.readiness.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format of a file is told by its content: real projects commit reports under other tools' names. */
class ReportFormatTest {
    @ParameterizedTest
    @CsvSource({
        "jacoco-misnamed-as-dc-gematik/dependency-check-report.xml, JACOCO_XML",
        "jacoco-empty-aggregate-cia/jacoco.xml, JACOCO_XML",
        "bundle-4156team-rollercoaster/target/checkstyle-result.xml, CHECKSTYLE_XML",
        "spotbugs-4.9.8-vulnado/target/spotbugs.xml, SPOTBUGS_XML",
        "dc-xml-6.0.2-openls/dependency-check-report.xml, DEPENDENCY_CHECK_XML",
        "dc-json-6.0.2-openls/dependency-check-report.json, NOT_XML",
    })
    void detectsRealReportsByContent(String file, ReportFormat expected) throws Exception {
        Path path = Paths.get(ReportFormatTest.class.getResource("/real-reports/" + file).toURI());
        assertEquals(expected, ReportFormat.detect(path));
    }

    @ParameterizedTest
    @CsvSource({"'<testsuite/>', JUNIT_XML", "'<failsafe-summary/>', FAILSAFE_SUMMARY", "'<html/>', OTHER_XML", "'', NOT_XML"})
    void detectsFromTheFirstElementOnly(String content, ReportFormat expected) {
        assertEquals(expected, ReportFormat.detect(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
    }
}
