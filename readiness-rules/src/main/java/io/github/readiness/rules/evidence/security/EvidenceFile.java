package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a security evidence file by its content, whatever its name: a dependency-check JSON or XML report, or a
 * SARIF log. Anything else is an error that says which formats are read.
 */
final class EvidenceFile {
    static final String FORMATS_READ = "formats read: OWASP dependency-check JSON or XML report, SARIF 2.1.0 log";

    /** What one file held: a dependency audit, or a SARIF log (possibly dependency-check's own). */
    record Content(EvidenceFormat format, DependencyAudit audit, SarifReport sarif) {}

    private EvidenceFile() {}

    /**
     * @param file the file to open
     * @param shown the file as messages name it (relative to the module)
     */
    static Content read(Path file, Path shown) throws EvidenceException {
        EvidenceFormat format;
        try {
            format = EvidenceFormat.detect(file);
        } catch (IOException e) {
            throw new EvidenceException(
                    shown, "could not be read (" + e.getMessage() + "): check that it is readable", e);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return switch (format) {
                case DEPENDENCY_CHECK_JSON ->
                    new Content(format, new DependencyCheckJsonReader().read(in, shown), null);
                case DEPENDENCY_CHECK_XML -> new Content(format, new DependencyCheckXmlReader().read(in, shown), null);
                case SARIF -> new Content(format, null, new SarifReader().read(in, shown));
                // broken JSON is told apart from foreign JSON by the reader, which says where it breaks; a file
                // named as a SARIF log gets the SARIF reader, whose advice names the scanner, not dependency-check
                case OTHER_JSON ->
                    sarifName(file)
                            ? new Content(format, null, new SarifReader().read(in, shown))
                            : new Content(format, new DependencyCheckJsonReader().read(in, shown), null);
                default ->
                    throw new EvidenceException(
                            shown,
                            "is " + format.description() + ", not a security" + " report (" + FORMATS_READ
                                    + "): point the configuration at the scanner's report");
            };
        } catch (IOException e) {
            throw new EvidenceException(
                    shown, "could not be read (" + e.getMessage() + "): check that it is readable", e);
        }
    }

    /** {@code *.sarif}, {@code *.sarif.json}, {@code spotbugsSarif.json}: what scanners name their SARIF logs. */
    private static boolean sarifName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".sarif") || name.endsWith(".sarif.json") || name.endsWith("sarif.json");
    }
}
