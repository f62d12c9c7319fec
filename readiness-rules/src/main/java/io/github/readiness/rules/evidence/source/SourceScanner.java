package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.PathDisplay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One pass over a module's main sources and resources (and test roots when asked): every text file is read once,
 * line by line, and each line goes to every detector (secrets, configuration keys, TODO markers). Binary files are
 * passed over; files over the size limit are skipped with a note, so one generated blob cannot slow the build.
 */
public final class SourceScanner {
    private static final int BINARY_PROBE_BYTES = 8192;

    /**
     * @return READ with what was found; NOT_APPLICABLE when none of the roots exists (nothing to scan)
     */
    public Collected<SourceScan> scan(SourceRequest request) {
        Map<String, ScannedPath> files = new TreeMap<>(); // by display path: deterministic order, overlapping roots once
        List<String> roots = new ArrayList<>();
        collect(request, request.mainRoots(), false, files, roots);
        collect(request, request.testRoots(), true, files, roots);
        String where = roots.isEmpty() ? "no source or resource directory" : String.join(", ", roots);
        if (roots.isEmpty()) {
            EvidenceRecord record = new EvidenceRecord("sources", where, EvidenceStatus.NOT_APPLICABLE,
                    "no main sources or resources to scan");
            return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "no main sources or resources to scan",
                    List.of(record));
        }
        List<SourceDetector> detectors = SourceDetectors.create();
        SourceFindings found = new SourceFindings();
        List<String> skipped = new ArrayList<>();
        int scanned = 0;
        long linesOfCode = 0;
        for (ScannedPath path : files.values()) {
            long size = size(path.file());
            if (size > request.maxFileBytes()) {
                skipped.add(path.source().display() + ": " + megabytes(size) + ", over the "
                        + megabytes(request.maxFileBytes()) + " limit");
                continue;
            }
            try {
                long lines = scanFile(path, detectors, found);
                if (lines >= 0) {
                    scanned++;
                    linesOfCode += lines;
                }
            } catch (IOException e) {
                skipped.add(path.source().display() + ": could not be read (" + e.getMessage() + ")");
            }
        }
        SourceScan scan = new SourceScan(scanned, linesOfCode, found.secrets, found.configKeys, found.markers, skipped);
        String detail = scanned + (scanned == 1 ? " file, " : " files, ") + linesOfCode + " lines of code"
                + (skipped.isEmpty() ? "" : "; skipped: " + String.join("; ", skipped));
        return Collected.read(scan, List.of(new EvidenceRecord("sources", where, EvidenceStatus.READ, detail)));
    }

    private static void collect(SourceRequest request, List<Path> roots, boolean test, Map<String, ScannedPath> files,
            List<String> shownRoots) {
        Path build = request.buildDirectory().toAbsolutePath().normalize();
        for (Path root : roots) {
            Path absolute = request.baseDir().resolve(root).toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute) || absolute.startsWith(build)) {
                continue;
            }
            shownRoots.add(PathDisplay.relative(request.baseDir(), absolute));
            try (Stream<Path> walk = Files.walk(absolute)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    String display = PathDisplay.relative(request.baseDir(), file);
                    files.putIfAbsent(display, new ScannedPath(file, new SourceFile(display, test)));
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                shownRoots.add(PathDisplay.relative(request.baseDir(), absolute) + " (not fully listed: "
                        + e.getMessage() + ")");
            }
        }
    }

    /** Reads one file through the detectors; returns its lines of code, or -1 when it is binary. */
    private static long scanFile(ScannedPath path, List<SourceDetector> detectors, SourceFindings found)
            throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path.file()))) {
            if (isBinary(in)) {
                return -1;
            }
            // malformed bytes (a Latin-1 .properties file) become U+FFFD instead of failing the scan
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
            SourceFile file = path.source();
            boolean code = file.isCode();
            long linesOfCode = 0;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (code && !line.isBlank()) {
                    linesOfCode++;
                }
                for (SourceDetector detector : detectors) {
                    detector.line(file, number, line, found);
                }
            }
            return linesOfCode;
        }
    }

    private static boolean isBinary(InputStream in) throws IOException {
        in.mark(BINARY_PROBE_BYTES);
        byte[] probe = in.readNBytes(BINARY_PROBE_BYTES);
        in.reset();
        for (byte b : probe) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it will report the problem
        }
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private record ScannedPath(Path file, SourceFile source) {}
}
