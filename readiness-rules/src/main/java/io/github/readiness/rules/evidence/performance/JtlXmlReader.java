package io.github.readiness.rules.evidence.performance;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.SafeXml;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a JMeter JTL in XML (StAX): each child of {@code <testResults>} ({@code <httpSample>}, {@code <sample>}) is
 * one sample, with attributes {@code t} (elapsed ms), {@code ts} (start), {@code s} (success) and {@code lb} (label).
 * Sub-samples nested inside a sample (redirects, embedded resources) belong to their parent and are not counted again.
 */
public final class JtlXmlReader {
    private JtlXmlReader() {}

    public static List<ScenarioResult> read(InputStream in, Path file, String shown) throws EvidenceException {
        JtlAccumulator sums = new JtlAccumulator();
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                String root = SafeXml.nextStartElement(xml);
                if (!"testResults".equals(root)) {
                    throw new EvidenceException(file, "is not a JMeter JTL: its first element is <" + root + ">");
                }
                int depth = 1;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 2) {
                            sample(xml, sums, file);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new EvidenceException(
                    file,
                    "is not well-formed XML (" + SafeXml.problem(e) + "): the file is truncated or damaged; run the"
                            + " test again",
                    e);
        }
        if (sums.isEmpty()) {
            throw new EvidenceException(file, "has no sample: the JMeter run measured nothing");
        }
        return sums.results(shown);
    }

    private static void sample(XMLStreamReader xml, JtlAccumulator sums, Path file) throws EvidenceException {
        String elapsed = SafeXml.attribute(xml, "t");
        String label = SafeXml.attribute(xml, "lb");
        if (elapsed == null || label == null) {
            throw new EvidenceException(
                    file,
                    "line " + xml.getLocation().getLineNumber() + ": a sample without 't' or 'lb'; set"
                            + " jmeter.save.saveservice.time and .label to true and run the test again");
        }
        try {
            String start = SafeXml.attribute(xml, "ts");
            sums.add(
                    label,
                    start == null ? 0 : Long.parseLong(start),
                    Long.parseLong(elapsed),
                    Boolean.parseBoolean(SafeXml.attribute(xml, "s")));
        } catch (NumberFormatException e) {
            throw new EvidenceException(
                    file,
                    "line " + xml.getLocation().getLineNumber() + ": 't' or 'ts' is not a number of milliseconds");
        }
    }
}
