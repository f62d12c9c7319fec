package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.ReportFormat;
import io.github.readiness.rules.evidence.SafeXml;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OWASP dependency-check XML report ({@code dependency-check-report.xml}, schema namespaces
 * dependency-check.2.x to 4.1). Elements are matched by local name, so every schema version reads alike:
 * {@code cvssV2}/{@code cvssV3}/{@code cvssV4} blocks, {@code <suppressedVulnerability>} interleaved with
 * {@code <vulnerability>} (and without {@code <severity>}), {@code knownExploitedVulnerability}. Streams with StAX
 * (no DTD, no external entity) and skips evidence, references and vulnerable software. The result equals what
 * {@link DependencyCheckJsonReader} gives for the JSON report of the same scan.
 */
public final class DependencyCheckXmlReader {
    private static final String REGENERATE = "re-run dependency-check to regenerate it";
    private static final String POINT_AT_REPORT =
            "point the dependency audit at the dependency-check-report.xml that dependency-check writes";

    /**
     * @param in the report's content; not closed here
     * @param file the report as messages name it (relative to the project base directory)
     * @return every dependency counted, the vulnerable ones (active or suppressed vulnerabilities) in report order
     * @throws EvidenceException when the file is not well-formed XML, is another tool's report, or has a score that
     *     is not a CVSS score
     */
    public DependencyAudit read(InputStream in, Path file) throws EvidenceException {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                return new Parse(xml, file).report();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new EvidenceException(file, "is malformed or truncated XML (" + SafeXml.problem(e) + "): " + REGENERATE, e);
        }
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final Path file;
        private final List<VulnerableDependency> vulnerable = new ArrayList<>();
        private String engineVersion;
        private int dependencyCount;

        Parse(XMLStreamReader xml, Path file) {
            this.xml = xml;
            this.file = file;
        }

        DependencyAudit report() throws XMLStreamException, EvidenceException {
            String root = SafeXml.nextStartElement(xml);
            if (!"analysis".equals(root)) {
                String format = root == null ? "an XML file without elements" : ReportFormat.ofRootElement(root)
                        .description();
                throw new EvidenceException(file, "is " + format + ", not an OWASP dependency-check XML report (root"
                        + " element <analysis>): " + POINT_AT_REPORT);
            }
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "scanInfo" -> scanInfo();
                    case "dependencies" -> dependencies();
                    default -> skipElement();
                }
            }
            return new DependencyAudit(DependencyCheckJsonReader.TOOL, engineVersion, dependencyCount, vulnerable, ScannedProject.UNKNOWN);
        }

        private void scanInfo() throws XMLStreamException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (child.equals("engineVersion")) {
                    engineVersion = text();
                } else {
                    skipElement();
                }
            }
        }

        private void dependencies() throws XMLStreamException, EvidenceException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (child.equals("dependency")) {
                    dependencyCount++;
                    dependency();
                } else {
                    skipElement();
                }
            }
        }

        /** Reads the {@code <dependency>} the reader stands on; keeps it only when it has a vulnerability. */
        private void dependency() throws XMLStreamException, EvidenceException {
            String fileName = null;
            String filePath = null;
            List<String> packageIds = new ArrayList<>();
            List<Vulnerability> vulnerabilities = new ArrayList<>();
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "fileName" -> fileName = text();
                    case "filePath" -> filePath = text();
                    case "identifiers" -> packages(packageIds);
                    case "vulnerabilities" -> vulnerabilities(vulnerabilities);
                    default -> skipElement(); // evidenceCollected, relatedDependencies, ...
                }
            }
            if (!vulnerabilities.isEmpty()) {
                vulnerable.add(new VulnerableDependency(fileName, filePath, packageIds, vulnerabilities, List.of(), List.of()));
            }
        }

        /** {@code <identifiers><package><id>pkg:maven/g/a@v</id>}; CPEs ({@code vulnerabilityIds}) are skipped. */
        private void packages(List<String> packageIds) throws XMLStreamException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (!child.equals("package")) {
                    skipElement();
                    continue;
                }
                for (String field = nextChild(); field != null; field = nextChild()) {
                    String id = field.equals("id") ? text() : skipElement();
                    if (id != null && !id.isBlank()) {
                        packageIds.add(id);
                    }
                }
            }
        }

        private void vulnerabilities(List<Vulnerability> into) throws XMLStreamException, EvidenceException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "vulnerability" -> into.add(vulnerability(false));
                    case "suppressedVulnerability" -> into.add(vulnerability(true));
                    default -> skipElement();
                }
            }
        }

        private Vulnerability vulnerability(boolean suppressed) throws XMLStreamException, EvidenceException {
            int line = xml.getLocation().getLineNumber();
            VulnerabilityBuilder builder = new VulnerabilityBuilder(suppressed);
            builder.source(SafeXml.attribute(xml, "source"));
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "name" -> builder.id(text());
                    case "severity" -> builder.reportedSeverity(text());
                    case "description" -> builder.description(text());
                    case "notes" -> builder.notes(text());
                    case "cwes" -> {
                        for (String cwe = nextChild(); cwe != null; cwe = nextChild()) {
                            builder.cwe(cwe.equals("cwe") ? text() : skipElement());
                        }
                    }
                    case "cwe" -> builder.cwe(text());
                    case "cvssV2" -> cvss(builder, 2);
                    case "cvssV3" -> cvss(builder, 3);
                    case "cvssV4" -> cvss(builder, 4);
                    case "knownExploitedVulnerability" -> {
                        builder.knownExploited();
                        skipElement();
                    }
                    default -> skipElement();
                }
            }
            if (!builder.hasId()) {
                throw new EvidenceException(file, "has a vulnerability without a <name> (line " + line + "): "
                        + REGENERATE);
            }
            return builder.build();
        }

        /**
         * A CVSS block: the base score is {@code <baseScore>} (v3, v4) or {@code <score>} (v2), the vector
         * {@code <vectorString>} when written; nested elements are searched too. A block without a score adds
         * nothing.
         */
        private void cvss(VulnerabilityBuilder builder, int version) throws XMLStreamException, EvidenceException {
            int line = xml.getLocation().getLineNumber();
            String[] scoreAndVector = new String[2];
            cvssFields(scoreAndVector);
            try {
                builder.score(version, scoreAndVector[0], scoreAndVector[1]);
            } catch (IllegalArgumentException e) { // NumberFormatException too
                throw new EvidenceException(file, "has a CVSS v" + version + " score that is not a number from 0 to"
                        + " 10 (line " + line + ": \"" + scoreAndVector[0] + "\"): " + REGENERATE, e);
            }
        }

        // a leaf element ends the loop at once, so unknown leaves and nested blocks need no separate skip
        private void cvssFields(String[] scoreAndVector) throws XMLStreamException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if ((child.equals("baseScore") || child.equals("score")) && scoreAndVector[0] == null) {
                    scoreAndVector[0] = text();
                } else if (child.equals("vectorString") && scoreAndVector[1] == null) {
                    scoreAndVector[1] = text();
                } else {
                    cvssFields(scoreAndVector);
                }
            }
        }

        /** Text of the leaf element the reader stands on, as written (like the JSON report); null when empty. */
        private String text() throws XMLStreamException {
            String text = xml.getElementText();
            return text.isEmpty() ? null : text;
        }

        private String nextChild() throws XMLStreamException {
            return SafeXml.nextChild(xml);
        }

        /** Skips the element the reader stands on; returns null, for use as a skipped value. */
        private String skipElement() throws XMLStreamException {
            SafeXml.skipElement(xml);
            return null;
        }
    }
}
