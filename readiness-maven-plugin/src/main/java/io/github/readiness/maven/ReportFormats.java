package io.github.readiness.maven;

import io.github.readiness.rules.report.OutputFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code formats} parameter as a set of output formats: JSON always included (other goals read it back). */
final class ReportFormats {
    private ReportFormats() {}

    static Set<OutputFormat> parse(List<String> names) throws MojoExecutionException {
        Set<OutputFormat> formats = EnumSet.of(OutputFormat.JSON);
        try {
            formats.addAll(OutputFormat.parse(names == null ? List.of() : names));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("readiness.formats: " + e.getMessage(), e);
        }
        return formats;
    }
}
