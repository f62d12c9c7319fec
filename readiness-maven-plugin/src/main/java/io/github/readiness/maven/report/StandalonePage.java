package io.github.readiness.maven.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.site.SiteModel;
import org.apache.maven.doxia.siterenderer.DocumentRenderingContext;
import org.apache.maven.doxia.siterenderer.Renderer;
import org.apache.maven.doxia.siterenderer.RendererException;
import org.apache.maven.doxia.siterenderer.SiteRenderingContext;
import org.apache.maven.doxia.siterenderer.sink.SiteRendererSink;
import org.apache.maven.doxia.tools.SiteTool;
import org.apache.maven.doxia.tools.SiteToolException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Writes the page when the report goal runs on its own ({@code mvn readiness:report}), where no site plugin decorates
 * it: inside the project's site skin when its site descriptor names one that resolves, as {@code mvn site} shows it;
 * else as a plain HTML page, with one log line saying why. Apache Commons projects, for one, name no skin in their
 * own site.xml and inherit it from a parent's site descriptor that is often not in the local repository: the page is
 * still written, never a stack trace.
 */
public final class StandalonePage {
    /** What goes into the page: the report's own content, written to a Doxia sink that it closes; errors are the goal's. */
    @FunctionalInterface
    public interface Content {
        void generate(Sink sink, Locale locale) throws MojoExecutionException;
    }

    private final SiteTool siteTool;
    private final Renderer renderer;
    private final MavenProject project;
    private final MavenSession session;
    private final Log log;

    public StandalonePage(SiteTool siteTool, Renderer renderer, MavenProject project, MavenSession session, Log log) {
        this.siteTool = siteTool;
        this.renderer = renderer;
        this.project = project;
        this.session = session;
        this.log = log;
    }

    /** Writes {@code <directory>/<name>.html}; decoration errors fall back to the plain page, write errors fail. */
    public void write(File directory, String name, File siteDirectory, String generator, Content content)
            throws MojoExecutionException {
        Locale locale = SiteTool.DEFAULT_LOCALE;
        File page = new File(directory, name + ".html");
        SiteRenderingContext decoration = decoration(siteDirectory, locale);
        try {
            Files.createDirectories(directory.toPath());
            if (decoration == null) {
                Sink sink = new Xhtml5SinkFactory()
                        .createSink(directory, page.getName(), encoding().name());
                content.generate(sink, locale);
                return;
            }
            SiteRendererSink sink = new SiteRendererSink(new DocumentRenderingContext(directory, name, generator));
            content.generate(sink, locale);
            renderer.copyResources(decoration, directory);
            try (Writer out = Files.newBufferedWriter(page.toPath(), encoding())) {
                renderer.mergeDocumentIntoSite(out, sink, decoration);
            }
        } catch (IOException | RendererException e) {
            throw new MojoExecutionException(
                    "Cannot write the readiness page " + page + ": " + e.getMessage()
                            + " (check that the directory is writable)",
                    e);
        }
    }

    /** The project's skin, ready to decorate the page; null, logged with the reason, when there is none to use. */
    private SiteRenderingContext decoration(File siteDirectory, Locale locale) {
        String reason;
        String skin = null;
        try {
            SiteModel model = siteTool.getSiteModel(
                    siteDirectory,
                    locale,
                    project,
                    session.getProjects(),
                    session.getRepositorySession(),
                    project.getRemoteProjectRepositories());
            if (model.getSkin() == null) {
                reason = "the site descriptor names no skin, nor does a parent's that resolves";
            } else {
                skin = model.getSkin().getGroupId() + ":" + model.getSkin().getArtifactId() + ":"
                        + model.getSkin().getVersion();
                Artifact artifact = siteTool.getSkinArtifactFromRepository(
                        session.getRepositorySession(), project.getRemoteProjectRepositories(), model.getSkin());
                SiteRenderingContext context =
                        renderer.createContextForSkin(artifact, attributes(), model, project.getName(), locale);
                context.setRootDirectory(project.getBasedir());
                return context;
            }
        } catch (SiteToolException | RendererException | IOException | RuntimeException e) {
            reason = (skin == null ? "the site descriptor cannot be read" : "the skin " + skin + " cannot be used")
                    + " (" + firstLine(e) + ")";
        }
        log.info("Writing the readiness page without the site's decoration: " + reason);
        return null;
    }

    /** What a skin's templates may read: standalone mode, the project and its properties. */
    private Map<String, Object> attributes() {
        Map<String, Object> attributes = new HashMap<>();
        project.getProperties().forEach((key, value) -> attributes.put(String.valueOf(key), value));
        attributes.put("standalone", Boolean.TRUE);
        attributes.put("project", project);
        attributes.put("outputEncoding", encoding().name());
        return attributes;
    }

    private Charset encoding() {
        String configured = project.getProperties().getProperty("project.reporting.outputEncoding");
        try {
            return configured == null || configured.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(configured);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
