package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import io.github.readiness.rules.evidence.SafeXml;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OWASP dependency-check XML report ({@code dependency-check-report.xml}, schema namespaces
 * dependency-check.2.x to 4.1). Elements are matched by local name, so every schema version reads alike:
 * {@code cvssV2}/{@code cvssV3}/{@code cvssV4} blocks, {@code <suppressedVulnerability>} interleaved with
 * {@code <vulnerability>} (and without {@code <severity>}), {@code knownExploitedVulnerability}. Streams with StAX
 * (no DTD, no external entity); reads {@code <projectInfo>}, each dependency's {@code <projectReferences>} and
 * {@code <includedBy>}, the version ranges of {@code <vulnerableSoftware>} (vulnerabilities are read by
 * {@link DependencyCheckXmlVulnerability}) and skips evidence, references and hashes. The audit is collected by the
 * same {@link DependencyAuditBuilder} as the JSON reader's, so the result equals what {@link DependencyCheckJsonReader}
 * gives for the JSON report of the same scan.
 */
public final class DependencyCheckXmlReader {
    static final String REGENERATE = "re-run dependency-check to regenerate it";
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
            throw new EvidenceException(
                    file, "is malformed or truncated XML (" + SafeXml.problem(e) + "): " + REGENERATE, e);
        }
    }

    /** Text of the leaf element the reader stands on, as written (like the JSON report); null when empty. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        String text = xml.getElementText();
        return text.isEmpty() ? null : text;
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final Path file;
        private final DependencyAuditBuilder audit = new DependencyAuditBuilder();
        private final DependencyCheckXmlVulnerability vulnerability;

        Parse(XMLStreamReader xml, Path file) {
            this.xml = xml;
            this.file = file;
            this.vulnerability = new DependencyCheckXmlVulnerability(xml, file);
        }

        DependencyAudit report() throws XMLStreamException, EvidenceException {
            String root = SafeXml.nextStartElement(xml);
            if (!"analysis".equals(root)) {
                String format = root == null
                        ? "an XML file without elements"
                        : EvidenceFormat.ofRootElement(root).description();
                throw new EvidenceException(
                        file,
                        "is " + format + ", not an OWASP dependency-check XML report (root" + " element <analysis>): "
                                + POINT_AT_REPORT);
            }
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "scanInfo" -> scanInfo();
                    case "projectInfo" -> projectInfo();
                    case "dependencies" -> dependencies();
                    default -> skipElement();
                }
            }
            return audit.build();
        }

        private void scanInfo() throws XMLStreamException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (child.equals("engineVersion")) {
                    audit.engineVersion(text());
                } else {
                    skipElement();
                }
            }
        }

        /** {@code <projectInfo><name>...</name><groupID>...</groupID>...<reportDate>...</reportDate>}. */
        private void projectInfo() throws XMLStreamException {
            ScannedProjectBuilder builder = new ScannedProjectBuilder();
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (ScannedProjectBuilder.FIELDS.contains(child)) {
                    builder.field(child, text());
                } else {
                    skipElement(); // credits
                }
            }
            audit.project(builder.build());
        }

        private void dependencies() throws XMLStreamException, EvidenceException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (child.equals("dependency")) {
                    dependency();
                } else {
                    skipElement();
                }
            }
        }

        /** Reads the {@code <dependency>} the reader stands on; the audit keeps it only when it has a vulnerability. */
        private void dependency() throws XMLStreamException, EvidenceException {
            DependencyAuditBuilder.Dependency dependency = audit.dependency();
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "fileName" -> dependency.fileName(text());
                    case "filePath" -> dependency.filePath(text());
                    case "identifiers" -> packages(dependency);
                    case "projectReferences" -> leaves("projectReference", dependency::projectReference);
                    case "includedBy" -> leaves("reference", dependency::includedBy);
                    case "vulnerabilities" -> vulnerabilities(dependency);
                    default -> skipElement(); // evidenceCollected, relatedDependencies, ...
                }
            }
            dependency.end();
        }

        /** {@code <identifiers><package><id>pkg:maven/g/a@v</id>}; CPEs ({@code vulnerabilityIds}) are skipped. */
        private void packages(DependencyAuditBuilder.Dependency dependency) throws XMLStreamException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                if (!child.equals("package")) {
                    skipElement();
                    continue;
                }
                for (String field = nextChild(); field != null; field = nextChild()) {
                    dependency.packageId(field.equals("id") ? text() : skipElement());
                }
            }
        }

        /** The texts of the children called {@code name} of the element the reader stands on; others are skipped. */
        private void leaves(String name, Consumer<String> into) throws XMLStreamException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                into.accept(child.equals(name) ? text() : skipElement()); // null and blank are absent
            }
        }

        private void vulnerabilities(DependencyAuditBuilder.Dependency dependency)
                throws XMLStreamException, EvidenceException {
            for (String child = nextChild(); child != null; child = nextChild()) {
                switch (child) {
                    case "vulnerability" -> dependency.vulnerability(vulnerability.read(false));
                    case "suppressedVulnerability" -> dependency.vulnerability(vulnerability.read(true));
                    default -> skipElement();
                }
            }
        }

        private String text() throws XMLStreamException {
            return DependencyCheckXmlReader.text(xml);
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
