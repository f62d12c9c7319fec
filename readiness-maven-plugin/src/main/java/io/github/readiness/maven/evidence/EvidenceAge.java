package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * A standalone {@code readiness:check} judges evidence an earlier build wrote: accepted when consistent with the
 * classes, and its age printed so a reader sees how old the verdict's evidence is. Only the log shows it:
 * readiness.json stays the same for the same evidence.
 */
final class EvidenceAge {
    private EvidenceAge() {}

    static void log(BuildProvenance provenance, Path basedir, Collected<?> coverage, Collected<?> tests, Log log) {
        Instant now = provenance.sessionStart() == null ? Instant.now() : provenance.sessionStart();
        List<String> ages = new ArrayList<>();
        for (Collected<?> evidence : List.of(coverage, tests)) {
            for (EvidenceRecord record : evidence.records()) {
                FileTime time = record.status() == EvidenceStatus.READ ? newest(basedir.resolve(record.path())) : null;
                if (time != null) {
                    ages.add(record.path() + " written " + BuildProvenance.age(Duration.between(time.toInstant(), now))
                            + " ago");
                }
            }
        }
        if (!ages.isEmpty()) {
            log.info("Evidence from an earlier build (this build did not run the tests): " + String.join(", ", ages));
        }
    }

    /** A file's time, or the newest file's directly in a directory; null when there is none. */
    private static FileTime newest(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return Files.getLastModifiedTime(path);
            }
            if (!Files.isDirectory(path)) {
                return null;
            }
            try (Stream<Path> files = Files.list(path)) {
                FileTime newest = null;
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    FileTime time = Files.getLastModifiedTime(file);
                    newest = newest == null || time.compareTo(newest) > 0 ? time : newest;
                }
                return newest;
            }
        } catch (IOException | UncheckedIOException e) {
            return null; // the age is a courtesy; the collectors already judged the files
        }
    }
}
