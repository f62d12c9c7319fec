package io.github.readiness.rules.evidence.junit;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.SafeXml;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one JUnit XML test report as Surefire and Failsafe write it ({@code TEST-*.xml}): a {@code <testsuite>}
 * root, or a {@code <testsuites>} root whose suites are summed. Streams the file and skips the content of
 * {@code <properties>}, {@code <system-out>} and {@code <system-err>}, which can be megabytes.
 *
 * <p>The totals come from the suite's attributes; an attribute that is missing is counted from the
 * {@code <testcase>} elements instead. A test case holding {@code <flakyFailure>} or {@code <flakyError>} failed
 * and then passed on a rerun (Surefire's {@code rerunFailingTestsCount}): it counts as passed and as a flake.
 */
public final class SurefireReportReader {
    private static final String FIX = "delete it and re-run the tests (mvn verify)";
    private static final int MAX_MESSAGE = 200;

    /**
     * @param in the report's content; not closed here
     * @param file the report as messages name it (relative to the project base directory)
     * @param reportForDisplay the report's path as {@link FailedTest#report()} shows it
     * @return the report's totals and failed tests, with {@code reportFiles} 1
     * @throws EvidenceException when the file is not well-formed XML, not a test report, or has a count that is
     *     not a number
     */
    public TestEvidence read(InputStream in, Path file, String reportForDisplay) throws EvidenceException {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                return new Parse(xml, file, reportForDisplay).report();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new EvidenceException(file, "is malformed or truncated XML (" + SafeXml.problem(e) + "): " + FIX, e);
        }
    }

    /**
     * The first non-blank line of a failure message, at most {@value #MAX_MESSAGE} characters; null when there
     * is none. Assertion libraries often start the message with a line break ("\nexpected: ...").
     */
    static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        String line = message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(null);
        if (line == null || line.length() <= MAX_MESSAGE) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return line.substring(0, end);
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final Path file;
        private final String report;
        private final List<FailedTest> failedTests = new ArrayList<>();

        Parse(XMLStreamReader xml, Path file, String report) {
            this.xml = xml;
            this.file = file;
            this.report = report;
        }

        TestEvidence report() throws XMLStreamException, EvidenceException {
            String root = SafeXml.nextStartElement(xml);
            TestSummary summary;
            if ("testsuite".equals(root)) {
                summary = suite();
            } else if ("testsuites".equals(root)) {
                summary = TestSummary.EMPTY;
                for (String child = nextChild(); child != null; child = nextChild()) {
                    if (child.equals("testsuite")) {
                        summary = summary.plus(suite());
                    } else {
                        skipElement();
                    }
                }
            } else {
                throw new EvidenceException(
                        file,
                        "is " + formatOf(root) + ", not a JUnit/Surefire test report"
                                + " (root element <testsuite>): move it out of the test report directories");
            }
            return new TestEvidence(summary, failedTests, 1);
        }

        /** Reads the {@code <testsuite>} the reader stands on, up to and including its end tag. */
        private TestSummary suite() throws XMLStreamException, EvidenceException {
            int line = xml.getLocation().getLineNumber();
            String tests = SafeXml.attribute(xml, "tests");
            String failures = SafeXml.attribute(xml, "failures");
            String errors = SafeXml.attribute(xml, "errors");
            String skipped = SafeXml.attribute(xml, "skipped");
            String time = SafeXml.attribute(xml, "time");
            TestCaseTally counted = new TestCaseTally();
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (child.equals("testcase")) {
                    testCase(counted);
                } else {
                    // <properties>, <system-out>, <system-err>, and suites nested by other tools
                    skipElement();
                }
            }
            return new TestSummary(
                    count(tests, "tests", line, counted.tests),
                    count(failures, "failures", line, counted.failures),
                    count(errors, "errors", line, counted.errors),
                    count(skipped, "skipped", line, counted.skipped),
                    counted.flakes,
                    time == null ? counted.timeSeconds : seconds(time, "testsuite", line));
        }

        /** Reads the {@code <testcase>} the reader stands on and adds it to {@code tally}. */
        private void testCase(TestCaseTally tally) throws XMLStreamException, EvidenceException {
            int line = xml.getLocation().getLineNumber();
            String className = SafeXml.attribute(xml, "classname");
            String name = SafeXml.attribute(xml, "name");
            String time = SafeXml.attribute(xml, "time");
            FailedTest failed = null;
            boolean skipped = false;
            boolean flaky = false;
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "failure", "error" -> {
                        if (failed == null) {
                            failed = new FailedTest(
                                    className,
                                    name,
                                    kindOf(child),
                                    SafeXml.attribute(xml, "type"),
                                    firstLine(SafeXml.attribute(xml, "message")),
                                    report);
                        }
                    }
                    case "skipped" -> skipped = true;
                    case "flakyFailure", "flakyError" -> flaky = true;
                    default -> {
                        // rerunFailure/rerunError only repeat a failure or error; output is not needed
                    }
                }
                skipElement();
            }
            tally.tests++;
            tally.timeSeconds += time == null || time.isBlank() ? 0 : seconds(time, "testcase", line);
            if (failed != null) {
                failedTests.add(failed);
                if (failed.kind() == FailedTest.Kind.FAILURE) {
                    tally.failures++;
                } else {
                    tally.errors++;
                }
            } else if (skipped) {
                tally.skipped++;
            } else if (flaky) {
                tally.flakes++;
            }
        }

        private static FailedTest.Kind kindOf(String element) {
            return element.equals("failure") ? FailedTest.Kind.FAILURE : FailedTest.Kind.ERROR;
        }

        private String nextChild() throws XMLStreamException {
            return SafeXml.nextChild(xml);
        }

        private void skipElement() throws XMLStreamException {
            SafeXml.skipElement(xml);
        }

        private int count(String value, String attribute, int line, int counted) throws EvidenceException {
            if (value == null) {
                return counted;
            }
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed >= 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below, like a negative count
            }
            throw notANumber("testsuite", attribute, value, line);
        }

        /** Seconds; old Surefire versions wrote thousands separators ("1,234.567"). */
        private double seconds(String value, String element, int line) throws EvidenceException {
            try {
                double parsed = Double.parseDouble(value.strip().replace(",", ""));
                if (parsed >= 0 && Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below, like a negative time
            }
            throw notANumber(element, "time", value, line);
        }

        private EvidenceException notANumber(String element, String attribute, String value, int line) {
            return new EvidenceException(
                    file,
                    "<" + element + "> attribute " + attribute + "=\"" + value + "\" (line " + line
                            + ") is not a valid number: " + FIX);
        }

        /** The description of a format told by its root element alone, as {@link EvidenceFormat} tells it. */
        private static String formatOf(String root) {
            if (root == null) {
                return EvidenceFormat.NOT_XML.description();
            }
            return EvidenceFormat.ofRootElement(root).description();
        }
    }

    /** What the {@code <testcase>} elements of one suite add up to. */
    private static final class TestCaseTally {
        int tests;
        int failures;
        int errors;
        int skipped;
        int flakes;
        double timeSeconds;
    }
}
