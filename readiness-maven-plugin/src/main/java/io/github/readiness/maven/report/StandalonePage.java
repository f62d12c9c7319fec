package io.github.readiness.maven.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Writes the page when the report goal runs on its own ({@code mvn readiness:report}), where no site plugin decorates
 * it: a plain XHTML5 page from Doxia's own sink. {@code mvn site} puts the same page in the project's skin. The
 * plugin does not carry the site renderer to decorate it itself: Maven would resolve and wire it (about 30 artifacts,
 * 90 Plexus components) into the class realm of every goal, {@code check} on every build included, for a page that
 * {@code mvn site} already decorates.
 */
public final class StandalonePage {
    /** What goes into the page: the report's own content, written to a Doxia sink that it closes; errors are the goal's. */
    @FunctionalInterface
    public interface Content {
        void generate(Sink sink, Locale locale) throws MojoExecutionException;
    }

    private final MavenProject project;

    public StandalonePage(MavenProject project) {
        this.project = project;
    }

    /** Writes {@code <directory>/<name>.html}; write errors fail the goal with the page's path. */
    public void write(File directory, String name, Content content) throws MojoExecutionException {
        File page = new File(directory, name + ".html");
        try {
            Files.createDirectories(directory.toPath());
            Sink sink = new Xhtml5SinkFactory()
                    .createSink(directory, page.getName(), encoding().name());
            content.generate(sink, Locale.ENGLISH);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the readiness page " + page + ": " + e.getMessage()
                            + " (check that the directory is writable)",
                    e);
        }
    }

    private Charset encoding() {
        String configured = project.getProperties().getProperty("project.reporting.outputEncoding");
        try {
            return configured == null || configured.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(configured);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
