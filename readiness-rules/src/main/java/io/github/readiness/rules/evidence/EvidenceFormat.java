package io.github.readiness.rules.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The format of an evidence file, told from its content (an XML file's first element, a JSON file's top-level
 * keys), never from its name: real projects commit a JaCoCo report as {@code dependency-check-report.xml}.
 */
public enum EvidenceFormat {
    JACOCO_XML("a JaCoCo XML report", "report"),
    JUNIT_XML("a JUnit/Surefire test report", "testsuite"),
    JUNIT_XML_SUITES("a JUnit test report", "testsuites"),
    DEPENDENCY_CHECK_XML("an OWASP dependency-check XML report", "analysis"),
    SPOTBUGS_XML("a SpotBugs XML report", "BugCollection"),
    PMD_XML("a PMD XML report", "pmd"),
    CHECKSTYLE_XML("a Checkstyle XML report", "checkstyle"),
    FAILSAFE_SUMMARY("a Failsafe summary (not a test report)", "failsafe-summary"),
    OTHER_XML("an XML file of unknown format", null),
    DEPENDENCY_CHECK_JSON("an OWASP dependency-check JSON report", null),
    SARIF("a SARIF log", null),
    OTHER_JSON("a JSON file of unknown format", null),
    NOT_XML("neither XML nor JSON", null);

    private final String description;
    private final String rootElement;

    EvidenceFormat(String description, String rootElement) {
        this.description = description;
        this.rootElement = rootElement;
    }

    public String description() {
        return description;
    }

    /** Reads only up to the first element of the file. */
    public static EvidenceFormat detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detect(in);
        }
    }

    /** The format whose first element is {@code localName}, or OTHER_XML; for readers that already parsed it. */
    public static EvidenceFormat ofRootElement(String localName) {
        for (EvidenceFormat format : values()) {
            if (localName.equals(format.rootElement)) {
                return format;
            }
        }
        return OTHER_XML;
    }

    /** Reads only as far as needed: the first element of XML, the top-level keys of JSON (children skipped). */
    public static EvidenceFormat detect(InputStream in) {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        try {
            int first = firstSignificantByte(buffered);
            return first == '{' || first == '[' ? JsonFormat.detect(buffered) : detectXml(buffered);
        } catch (IOException e) {
            return NOT_XML;
        }
    }

    /** Peeks past a byte order mark and white space; the stream is reset to where it was. */
    private static int firstSignificantByte(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b == -1 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    private static EvidenceFormat detectXml(InputStream in) {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                String root = SafeXml.nextStartElement(xml);
                return root == null ? NOT_XML : ofRootElement(root);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return NOT_XML;
        }
    }
}
