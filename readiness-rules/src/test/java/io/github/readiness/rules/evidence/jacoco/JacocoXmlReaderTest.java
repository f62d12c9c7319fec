package io.github.readiness.rules.evidence.jacoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.CoverageNode;
import io.github.readiness.rules.evidence.EvidenceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JacocoXmlReaderTest {
    static final String ROLLERCOASTER = "bundle-4156team-rollercoaster/target/site/jacoco/jacoco.xml";
    private static final Path SHOWN = Path.of("target/site/jacoco/jacoco.xml");

    private final JacocoXmlReader reader = new JacocoXmlReader();

    @TempDir
    Path temp;

    static Path realReport(String name) throws URISyntaxException {
        URL resource = JacocoXmlReaderTest.class.getResource("/real-reports/" + name);
        return Path.of(Objects.requireNonNull(resource, name).toURI());
    }

    private CoverageEvidence read(Path file) throws IOException, EvidenceException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, SHOWN);
        }
    }

    private CoverageEvidence read(String xml) throws EvidenceException {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SHOWN);
    }

    /** The report-level counters of the real DTD 1.0 report, as its last six {@code <counter>} elements say. */
    @ParameterizedTest
    @CsvSource({
        "INSTRUCTION, 59, 4654",
        "BRANCH, 0, 354",
        "LINE, 16, 1060",
        "COMPLEXITY, 8, 333",
        "METHOD, 8, 156",
        "CLASS, 2, 35"
    })
    void readsBundleCountersOfARealDtd10Report(CounterType type, long missed, long covered) throws Exception {
        CoverageEvidence coverage = read(realReport(ROLLERCOASTER));

        assertEquals(new Counter(missed, covered), coverage.counter(type));
        assertEquals("jacoco.xml", coverage.origin());
        assertFalse(coverage.isEmpty());
    }

    @Test
    void readsPackagesAndClassesWithTheirOwnCounters() throws Exception {
        CoverageEvidence coverage = read(realReport(ROLLERCOASTER));

        List<CoverageNode> packages = coverage.packages();
        assertEquals(
                List.of(
                        "com/java/rollercoaster/errorenum",
                        "com/java/rollercoaster/controller",
                        "com/java/rollercoaster/service/impl",
                        "com/java/rollercoaster",
                        "com/java/rollercoaster/configure",
                        "com/java/rollercoaster/response"),
                packages.stream().map(CoverageNode::name).toList());
        assertEquals(
                List.of(2, 13, 17, 3, 1, 1),
                packages.stream().map(p -> p.children().size()).toList());

        CoverageNode root = packages.get(3);
        assertEquals(new Counter(10, 1), root.counter(CounterType.LINE));
        assertEquals(new Counter(44, 3), root.counter(CounterType.INSTRUCTION));
        assertEquals(Counter.EMPTY, root.counter(CounterType.BRANCH), "the report has no BRANCH counter here");
        CoverageNode generator = root.children().get(0);
        assertEquals("com/java/rollercoaster/MybatisGenerator", generator.name());
        assertEquals(new Counter(5, 0), generator.counter(CounterType.LINE));
        assertEquals(new Counter(1, 0), generator.counter(CounterType.CLASS));
        assertEquals(List.of(), generator.children());

        // method and sourcefile counters were skipped: packages add up to the bundle exactly
        assertEquals(coverage.bundle(), CoverageEvidence.sum(packages));
    }

    @Test
    void readsAJacocoReportSavedUnderAnotherToolsName() throws Exception {
        CoverageEvidence coverage = read(realReport("jacoco-misnamed-as-dc-gematik/dependency-check-report.xml"));

        assertEquals(new Counter(0, 17), coverage.counter(CounterType.LINE));
        assertEquals(new Counter(1, 3), coverage.counter(CounterType.BRANCH));
        assertEquals(
                List.of("de/gematik/ti/cardreader/access"),
                coverage.packages().stream().map(CoverageNode::name).toList());
        assertEquals(2, coverage.packages().get(0).children().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jacoco-empty-aggregate-cia/jacoco.xml", "jacoco-sessiononly-dtd10-irurueta/jacoco.xml"})
    void emptyReportsAreEmptyEvidenceNotErrors(String report) throws Exception {
        CoverageEvidence coverage = read(realReport(report));

        assertTrue(coverage.isEmpty());
        assertEquals(Map.of(), coverage.bundle());
        assertEquals(List.of(), coverage.packages());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 500, 65_000, 129_990, 130_029})
    void truncatedReportNamesTheFileAndTheFix(int length) throws Exception {
        Path truncated = ExecFixtures.truncatedCopy(realReport(ROLLERCOASTER), temp.resolve("jacoco.xml"), length);

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(truncated));

        assertTrue(
                e.getMessage().startsWith("target/site/jacoco/jacoco.xml: is malformed or truncated XML (line 1: "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("): delete it and regenerate it with mvn verify"), e.getMessage());
        assertFalse(e.getMessage().contains("ParseError"), "the parser's preamble is left out: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(SHOWN, e.file());
    }

    @Test
    void aTestReportIsRejectedWithWhatItIs() throws Exception {
        Path surefire = realReport("bundle-4156team-rollercoaster/target/surefire-reports/"
                + "TEST-com.java.rollercoaster.service.TicketServiceTest.xml");

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(surefire));

        assertEquals(
                "target/site/jacoco/jacoco.xml: is a JUnit/Surefire test report (root element <testsuite>), not a"
                        + " JaCoCo XML report: point the coverage configuration at JaCoCo's jacoco.xml"
                        + " (target/site/jacoco/jacoco.xml)",
                e.getMessage());
    }

    @Test
    void anEmptyFileIsNotAReport() {
        EvidenceException e = assertThrows(EvidenceException.class, () -> read(""));

        assertTrue(e.getMessage().startsWith("target/site/jacoco/jacoco.xml: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("regenerate it with mvn verify"), e.getMessage());
    }

    @Test
    void neverLoadsTheDtdItNames() throws Exception {
        // if the parser loaded this "DTD" it would fail on it; and it must not read files the report points at
        Path notADtd = Files.writeString(temp.resolve("report.dtd"), "SECRET-FROM-DISK, not a DTD");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE report SYSTEM \"" + notADtd.toUri() + "\">"
                + "<report name=\"x\"><counter type=\"LINE\" missed=\"1\" covered=\"3\"/></report>";

        assertEquals(new Counter(1, 3), read(xml).counter(CounterType.LINE));
    }

    @Test
    void neverExpandsAnExternalEntity() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "SECRET-FROM-DISK");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE report [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<report name=\"x\"><package name=\"&xxe;\"><counter type=\"LINE\" missed=\"1\" covered=\"3\"/>"
                + "</package></report>";

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(xml));

        assertTrue(e.getMessage().contains("is malformed or truncated XML"), e.getMessage());
        assertTrue(e.getMessage().contains("\"xxe\" was referenced, but not declared"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET-FROM-DISK"), e.getMessage());
    }

    /** No real report shows these shapes; JaCoCo writes them for report-aggregate and grouped reports. */
    @Test
    void flattensGroupsAndSumsPackagesWhenTheReportHasNoCounters() throws Exception {
        String xml = "<report name=\"agg\"><group name=\"module-a\"><package name=\"a\"><class name=\"a/A\">"
                + "<method name=\"m\" desc=\"()V\"><counter type=\"LINE\" missed=\"100\" covered=\"100\"/></method>"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"2\"/></class>"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"2\"/></package>"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"2\"/></group>"
                + "<group name=\"module-b\"><group name=\"nested\"><package name=\"b\">"
                + "<sourcefile name=\"B.java\"><line nr=\"3\" mi=\"0\" ci=\"2\" mb=\"0\" cb=\"0\"/>"
                + "<counter type=\"LINE\" missed=\"100\" covered=\"100\"/></sourcefile>"
                + "<counter type=\"LINE\" missed=\"4\" covered=\"5\"/>"
                + "<counter type=\"BRANCH\" missed=\"1\" covered=\"1\"/>"
                + "</package></group></group></report>";

        CoverageEvidence coverage = read(xml);

        assertEquals(
                List.of("a", "b"),
                coverage.packages().stream().map(CoverageNode::name).toList());
        assertEquals(
                new Counter(1, 2), coverage.packages().get(0).children().get(0).counter(CounterType.LINE));
        assertEquals(new Counter(5, 7), coverage.counter(CounterType.LINE));
        assertEquals(new Counter(1, 1), coverage.counter(CounterType.BRANCH));
    }

    @ParameterizedTest
    @CsvSource({"missed, -1", "covered, many", "covered, ''"})
    void aCounterThatIsNotACountIsRejected(String attribute, String value) {
        String counter = attribute.equals("missed")
                ? "<counter type=\"LINE\" missed=\"" + value + "\" covered=\"3\"/>"
                : "<counter type=\"LINE\" missed=\"1\" covered=\"" + value + "\"/>";
        String xml = "<report name=\"x\">\n" + counter + "</report>";

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(xml));

        assertEquals(
                "target/site/jacoco/jacoco.xml: has a counter whose " + attribute + " is not a count (line 2: \""
                        + value + "\"): delete it and regenerate it with mvn verify",
                e.getMessage());
    }

    /**
     * Found by ReaderFuzzTest: two counters of the largest long in one element overflowed when added, and the
     * negative sum escaped as an IllegalArgumentException. JaCoCo's counters are ints: a larger value is no count.
     */
    @Test
    void aCounterBeyondJacocosIntRangeIsNotACount() {
        String max = "<counter type=\"LINE\" missed=\"9223372036854775807\" covered=\"9223372036854775807\"/>";
        String xml = "<report name=\"x\">\n" + max + max + "</report>";

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(xml));

        assertEquals(
                "target/site/jacoco/jacoco.xml: has a counter whose missed is not a count (line 2:"
                        + " \"9223372036854775807\"): delete it and regenerate it with mvn verify",
                e.getMessage());
    }

    @Test
    void ignoresCounterTypesItDoesNotKnow() throws Exception {
        String xml = "<report name=\"x\"><counter type=\"FUTURE\" missed=\"9\" covered=\"9\"/>"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"3\"/></report>";

        assertEquals(Map.of(CounterType.LINE, new Counter(1, 3)), read(xml).bundle());
    }
}
