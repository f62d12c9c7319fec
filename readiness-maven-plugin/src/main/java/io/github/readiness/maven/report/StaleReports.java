package io.github.readiness.maven.report;

import io.github.readiness.maven.evaluation.ReadinessStamp;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.report.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The report files of an earlier {@code check} in the output directory. A build that skips {@code check} or fails
 * before its verdict removes them: CI must not read the previous build's READY as this build's (a readiness.json
 * saying "skipped" was the alternative; no file at all is what every consumer already handles as "not judged").
 */
public final class StaleReports {
    private StaleReports() {}

    /** Removes every report file {@code check} writes; logs which, and why, at WARNING. Never fails the build. */
    public static void remove(Path directory, Path basedir, String why, Log log) {
        List<String> files = new ArrayList<>();
        for (OutputFormat format : OutputFormat.values()) {
            if (format.fileName() != null) {
                files.add(format.fileName());
            }
        }
        files.add(ReadinessStamp.FILE);
        List<String> removed = new ArrayList<>();
        for (String name : files) {
            Path file = directory.resolve(name);
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add(name);
                }
            } catch (IOException e) {
                log.warn("Cannot remove " + PathDisplay.relative(basedir, file) + " (" + e.getMessage() + "): it is"
                        + " NOT this build's verdict; delete it by hand");
            }
        }
        if (!removed.isEmpty()) {
            log.warn("Removed the previous readiness report from " + PathDisplay.relative(basedir, directory) + " ("
                    + String.join(", ", removed) + "): " + why + ", so it would not be this build's verdict");
        }
    }
}
