package io.github.readiness.maven.report;

import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** How old each evidence file of a scorecard was when the build started, for the page's evidence table. */
public final class EvidenceAges {
    private EvidenceAges() {}

    /** Age per evidence path; negative when this build wrote it (directories: their own modification time). */
    public static Map<String, Duration> of(Scorecard card, Path basedir, Instant start) {
        Map<String, Duration> ages = new HashMap<>();
        for (EvidenceRecord record : card.evidence()) {
            try {
                Path path = basedir.resolve(record.path());
                if (!".".equals(record.path()) && Files.exists(path)) {
                    Instant modified = Files.getLastModifiedTime(path).toInstant();
                    ages.put(record.path(), Duration.between(modified, start));
                }
            } catch (IOException | RuntimeException e) {
                // no age: the page shows "-" for it
            }
        }
        return ages;
    }
}
