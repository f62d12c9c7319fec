package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a module's main sources and resources (and test roots when asked): every text file is read once, as
 * a stream of lines, and each line goes to every detector (secrets, configuration keys, TODO markers, error handling and HTTP endpoints). Files of any
 * size are read (a secret in a 5 MB file is still found); UTF-16 and UTF-32 files are decoded; binary files are
 * listed as skipped. The evidence record names every root with its file count.
 */
public final class SourceScanner {
    /** Skipped files named one by one in the evidence record; the rest are counted. */
    static final int SKIPPED_SHOWN = 5;

    /**
     * @return READ with what was found; NOT_APPLICABLE when none of the roots exists (nothing to scan)
     */
    public Collected<SourceScan> scan(SourceRequest request) {
        SourceFiles.Listing listing = SourceFiles.list(request);
        if (listing.roots().isEmpty()) {
            EvidenceRecord record = new EvidenceRecord(
                    "sources",
                    "no source or resource directory",
                    EvidenceStatus.NOT_APPLICABLE,
                    "no main sources or resources to scan");
            return Collected.missing(
                    EvidenceStatus.NOT_APPLICABLE, "no main sources or resources to scan", List.of(record));
        }
        List<SourceDetector> detectors = SourceDetectors.create();
        SourceFindings found = new SourceFindings();
        List<String> skipped = new ArrayList<>(listing.notes());
        int scanned = 0;
        long linesOfCode = 0;
        for (SourceFiles.Listed listed : listing.files().values()) {
            try {
                long lines = scanFile(listed, detectors, found, request.maxLineLength());
                if (lines >= 0) {
                    scanned++;
                    linesOfCode += lines;
                } else {
                    skipped.add(listed.source().display() + ": binary");
                }
            } catch (IOException | RuntimeException e) {
                skipped.add(listed.source().display() + ": could not be read (" + e.getMessage() + ")");
            }
        }
        SourceScan scan = new SourceScan(
                scanned,
                linesOfCode,
                found.secrets,
                found.configKeys,
                found.markers,
                skipped,
                found.errorHandling,
                found.endpoints);
        String detail = scanned + (scanned == 1 ? " file, " : " files, ") + linesOfCode + " lines of code ("
                + String.join(", ", listing.counts()) + ")" + skippedNote(skipped);
        return Collected.read(
                scan,
                List.of(new EvidenceRecord(
                        "sources", String.join(", ", listing.roots()), EvidenceStatus.READ, detail)));
    }

    private static String skippedNote(List<String> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        List<String> shown = skipped.subList(0, Math.min(SKIPPED_SHOWN, skipped.size()));
        int more = skipped.size() - shown.size();
        return "; skipped " + skipped.size() + ": " + String.join("; ", shown)
                + (more == 0 ? "" : "; " + more + " more");
    }

    /** Reads one file through the detectors; returns its lines of code, or -1 when it is binary. */
    private static long scanFile(
            SourceFiles.Listed listed, List<SourceDetector> detectors, SourceFindings found, int maxLineLength)
            throws IOException {
        try (InputStream in = Files.newInputStream(listed.file())) {
            Reader text = SourceText.open(in);
            if (text == null) {
                return -1;
            }
            SourceText.Lines lines = new SourceText.Lines(text, maxLineLength);
            SourceFile file = listed.source();
            boolean code = file.isCode();
            long linesOfCode = 0;
            int counted = 0;
            for (String line = lines.next(); line != null; line = lines.next()) {
                int number = lines.number();
                if (code && number != counted && !line.isBlank()) {
                    linesOfCode++;
                    counted = number; // a long line read in pieces is one line
                }
                for (SourceDetector detector : detectors) {
                    detector.line(file, number, line, found);
                }
            }
            for (SourceDetector detector : detectors) {
                detector.fileEnd(file, found);
            }
            return linesOfCode;
        }
    }
}
