package io.github.readiness.rules.evidence.quality;

import static io.github.readiness.rules.evidence.quality.QualityTally.ALUDRATEST;
import static io.github.readiness.rules.evidence.quality.QualityTally.LABSECUREAPP;
import static io.github.readiness.rules.evidence.quality.QualityTally.ROLLERCOASTER;
import static io.github.readiness.rules.evidence.quality.QualityTally.VULNADO;
import static io.github.readiness.rules.evidence.quality.QualityTally.VULNADO_PLUGIN_SUMMARY;
import static io.github.readiness.rules.evidence.quality.QualityTally.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A module directory in a temp folder, with real reports copied to the places the tools write them. */
class StaticAnalysisCollectorTest {
    private static final String NOT_FOUND_PMD = "not found; to use PMD, run maven-pmd-plugin's check or pmd goal"
            + " (format xml, the default) before readiness:check";
    private static final String NOT_FOUND_CHECKSTYLE = "not found; to use Checkstyle, run maven-checkstyle-plugin's"
            + " check or checkstyle goal before readiness:check";

    private final StaticAnalysisCollector collector = new StaticAnalysisCollector();

    @TempDir
    Path base;

    private Path target;

    @BeforeEach
    void buildDirectory() throws IOException {
        target = Files.createDirectories(base.resolve("target"));
    }

    @Test
    void readsEveryDefaultReport() throws Exception {
        copy(VULNADO, "target/spotbugsXml.xml");
        copy(VULNADO_PLUGIN_SUMMARY, "target/spotbugs.xml");
        copy(ALUDRATEST, "target/pmd.xml");
        copy(ROLLERCOASTER, "target/checkstyle-result.xml");

        Collected<List<StaticAnalysisReport>> collected = collector.collect(base, target, Map.of());

        assertEquals(EvidenceStatus.READ, collected.status());
        assertEquals(List.of("SPOTBUGS 4.9.8: 35", "PMD 5.0.5: 98", "CHECKSTYLE 6.18: 0"), summary(collected));
        assertEquals(
                List.of(
                        new EvidenceRecord("spotbugs", "target/spotbugsXml.xml", EvidenceStatus.READ, "35 issues"),
                        new EvidenceRecord("pmd", "target/pmd.xml", EvidenceStatus.READ, "98 issues"),
                        new EvidenceRecord(
                                "checkstyle", "target/checkstyle-result.xml", EvidenceStatus.READ, "0 issues")),
                collected.records());
    }

    @Test
    void readsWhatIsPresentAndSaysWhereTheOthersWereLookedFor() throws Exception {
        copy(LABSECUREAPP, "target/spotbugsXml.xml");

        Collected<List<StaticAnalysisReport>> collected = collector.collect(base, target, Map.of());

        assertEquals(List.of("SPOTBUGS 4.0.4: 73"), summary(collected));
        assertEquals(
                List.of(
                        new EvidenceRecord("spotbugs", "target/spotbugsXml.xml", EvidenceStatus.READ, "73 issues"),
                        new EvidenceRecord("pmd", "target/pmd.xml", EvidenceStatus.NOT_APPLICABLE, NOT_FOUND_PMD),
                        new EvidenceRecord(
                                "checkstyle",
                                "target/checkstyle-result.xml",
                                EvidenceStatus.NOT_APPLICABLE,
                                NOT_FOUND_CHECKSTYLE)),
                collected.records());
    }

    @Test
    void noReportAtAllIsNotApplicable() throws Exception {
        Collected<List<StaticAnalysisReport>> collected = collector.collect(base, target, Map.of());

        assertEquals(EvidenceStatus.NOT_APPLICABLE, collected.status());
        assertEquals(
                "no SpotBugs, PMD or Checkstyle report (looked for target/spotbugsXml.xml, target/pmd.xml,"
                        + " target/checkstyle-result.xml)",
                collected.detail());
        assertTrue(collected.records().stream().allMatch(r -> r.status() == EvidenceStatus.NOT_APPLICABLE));
        assertEquals(3, collected.records().size());
    }

    /** SpotBugs ran (its site summary is there) but its own report is not where it should be: not N/A. */
    @Test
    void thePluginsSpotbugsXmlAloneIsNotedAndNotRead() throws Exception {
        copy(VULNADO_PLUGIN_SUMMARY, "target/spotbugs.xml");

        Collected<List<StaticAnalysisReport>> collected = collector.collect(base, target, Map.of());

        String note = "target/spotbugsXml.xml not found, only target/spotbugs.xml (spotbugs-maven-plugin's summary"
                + " for its site report, not read): if spotbugsXmlOutputFilename or spotbugsXmlOutputDirectory is"
                + " changed, point the SpotBugs report configuration at that file";
        assertEquals(EvidenceStatus.NOT_AVAILABLE, collected.status());
        assertEquals(note, collected.detail());
        assertEquals(
                new EvidenceRecord("spotbugs", "target/spotbugsXml.xml", EvidenceStatus.NOT_AVAILABLE, note),
                collected.records().get(0));
    }

    @Test
    void readsAConfiguredReportInsteadOfTheDefault() throws Exception {
        copy(ALUDRATEST, "reports/pmd-main.xml");
        copy(ROLLERCOASTER, "target/pmd.xml"); // the default is not looked at when a report is configured

        Collected<List<StaticAnalysisReport>> collected =
                collector.collect(base, target, Map.of(AnalysisTool.PMD, Path.of("reports/pmd-main.xml")));

        assertEquals(List.of("PMD 5.0.5: 98"), summary(collected));
        assertEquals(
                new EvidenceRecord("pmd", "reports/pmd-main.xml", EvidenceStatus.READ, "98 issues"),
                collected.records().get(1));
    }

    /** Fail closed: a configured tool that left no report did not run; what was read stays in the records. */
    @Test
    void aMissingConfiguredReportIsNotAvailable() throws Exception {
        copy(ROLLERCOASTER, "target/checkstyle-result.xml");

        Collected<List<StaticAnalysisReport>> collected =
                collector.collect(base, target, Map.of(AnalysisTool.SPOTBUGS, base.resolve("build/spotbugs-main.xml")));

        assertEquals(EvidenceStatus.NOT_AVAILABLE, collected.status());
        assertEquals(
                "configured static analysis report(s) not found: build/spotbugs-main.xml; run the tools before"
                        + " readiness:check",
                collected.detail());
        assertEquals(
                List.of(
                        new EvidenceRecord(
                                "spotbugs",
                                "build/spotbugs-main.xml",
                                EvidenceStatus.NOT_AVAILABLE,
                                "configured, not found; run spotbugs-maven-plugin's check or spotbugs goal before"
                                        + " readiness:check"),
                        new EvidenceRecord("pmd", "target/pmd.xml", EvidenceStatus.NOT_APPLICABLE, NOT_FOUND_PMD),
                        new EvidenceRecord(
                                "checkstyle", "target/checkstyle-result.xml", EvidenceStatus.READ, "0 issues")),
                collected.records());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
        real-reports/bundle-4156team-rollercoaster/target/checkstyle-result.xml | target/pmd.xml          | is a Checkstyle XML report, not a PMD XML report: point the PMD report configuration at the pmd.xml that PMD writes
        real-reports/sarif-spotbugs-4.8.1-glasov/spotbugsSarif.json             | target/spotbugsXml.xml  | is a SARIF log, not a SpotBugs XML report: point the SpotBugs report configuration at the spotbugsXml.xml that SpotBugs writes
        real-reports/jacoco-empty-aggregate-cia/jacoco.xml                      | target/checkstyle-result.xml | is a JaCoCo XML report, not a Checkstyle XML report: point the Checkstyle report configuration at the checkstyle-result.xml that Checkstyle writes
        real-reports/spotbugs-4.9.8-vulnado/target/spotbugs.xml                 | target/spotbugsXml.xml  | is spotbugs-maven-plugin's summary for its site report (spotbugs.xml), not SpotBugs' own XML report: point the SpotBugs report configuration at target/spotbugsXml.xml, which the plugin's spotbugs and check goals write
        """)
    void aFileOfAnotherFormatIsAnErrorNamingIt(String fixture, String place, String problem) throws Exception {
        copy(fixture, place);

        EvidenceException e = assertThrows(EvidenceException.class, () -> collector.collect(base, target, Map.of()));

        assertEquals(place + ": " + problem, e.getMessage());
    }

    @Test
    void anEmptyOrTruncatedReportIsAnErrorNamingTheFile() throws Exception {
        Files.createFile(target.resolve("pmd.xml"));
        EvidenceException empty =
                assertThrows(EvidenceException.class, () -> collector.collect(base, target, Map.of()));
        assertEquals(
                "target/pmd.xml: is empty: regenerate it: run maven-pmd-plugin's check or pmd goal (format xml,"
                        + " the default) before readiness:check",
                empty.getMessage());

        byte[] whole = Files.readAllBytes(resource(ALUDRATEST));
        Files.write(target.resolve("pmd.xml"), Arrays.copyOf(whole, whole.length - 20));
        EvidenceException truncated =
                assertThrows(EvidenceException.class, () -> collector.collect(base, target, Map.of()));
        assertTrue(
                truncated.getMessage().startsWith("target/pmd.xml: is malformed or truncated XML (line "),
                truncated.getMessage());
    }

    /** Locations inside the module are shown relative to it; others stay as the report wrote them. */
    @Test
    void showsPathsInsideTheModuleRelativeToIt() throws Exception {
        Files.writeString(
                target.resolve("checkstyle-result.xml"),
                "<checkstyle version='10'>"
                        + "<file name='" + base.resolve("src/main/java/A.java") + "'>"
                        + "<error line='4' severity='warning' message='m' source='x.checks.blocks.NeedBracesCheck'/></file>"
                        + "<file name='" + base.resolve("../other/B.java") + "'>"
                        + "<error line='5' severity='warning' message='m' source='x.checks.blocks.NeedBracesCheck'/></file>"
                        + "</checkstyle>");

        List<StaticAnalysisIssue> issues =
                collector.collect(base, target, Map.of()).value().get(0).issues();

        assertEquals("src/main/java/A.java:4", issues.get(0).location().toString());
        assertEquals(
                base.resolve("../other/B.java") + ":5", issues.get(1).location().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        src/main/java/A.java,       src/main/java/A.java
        C:\\DEV\\src\\A.java,       C:\\DEV\\src\\A.java
        com/x/A.java,               com/x/A.java
        """)
    void keepsPathsThatAreNotAbsoluteAsWritten(String written, String shown) {
        assertEquals(shown, ReportedPaths.relativeTo(base).shown(written));
    }

    @Test
    void relativizesOnlyAbsolutePathsInsideTheBase() {
        ReportedPaths paths = ReportedPaths.relativeTo(base);

        assertEquals("src/A.java", paths.shown(base.resolve("src/A.java").toString()));
        assertEquals(
                "src/A.java", paths.shown(base.resolve("target/../src/A.java").toString()));
        String outside = base.resolve("../elsewhere/A.java").toString();
        assertEquals(outside, paths.shown(outside));
        assertEquals("/abs/A.java", ReportedPaths.asWritten().shown("/abs/A.java"));
    }

    private void copy(String resourcePath, String to) throws Exception {
        Path destination = base.resolve(to);
        Files.createDirectories(destination.getParent());
        Files.copy(resource(resourcePath), destination);
    }

    private static List<String> summary(Collected<List<StaticAnalysisReport>> collected) {
        return collected.value().stream()
                .map(r -> r.tool() + " " + r.version() + ": " + r.issues().size())
                .toList();
    }
}
