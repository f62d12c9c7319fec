package io.github.readiness.maven.report;

import io.github.readiness.rules.report.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code formats} parameter as a set of output formats: JSON always included (other goals read it back). */
public final class ReportFormats {
    private ReportFormats() {}

    public static Set<OutputFormat> parse(List<String> names) throws MojoExecutionException {
        Set<OutputFormat> formats = EnumSet.of(OutputFormat.JSON);
        try {
            formats.addAll(OutputFormat.parse(names == null ? List.of() : names));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("readiness.formats: " + e.getMessage(), e);
        }
        return formats;
    }

    /** Deletes the files of the formats not chosen, left by an earlier build, so none is mistaken for this one's. */
    public static void deleteUnselected(Path directory, Set<OutputFormat> formats) throws IOException {
        for (OutputFormat format : EnumSet.complementOf(EnumSet.copyOf(formats))) {
            if (format.fileName() != null) {
                Files.deleteIfExists(directory.resolve(format.fileName()));
            }
        }
    }
}
