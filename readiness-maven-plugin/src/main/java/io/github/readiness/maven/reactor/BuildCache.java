package io.github.readiness.maven.reactor;

import io.github.readiness.rules.report.ModuleResultFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Extension;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The Apache Maven Build Cache Extension (Maven 3.9+) restores an unchanged module from its cache and skips the
 * module's mojos. With {@code runAlways} for {@code readiness:check} the check still runs there, but the evidence it
 * reads (classes, exec data, test reports) was not restored: judging the module again would judge nothing. Instead
 * the module keeps the verdict of the build that was cached, read from its restored {@code target/readiness}
 * ({@code attachedOutputs}); restored without it, the module cannot be judged and the check fails.
 *
 * <p>The extension tells plugins nothing, so a module counts as restored when the extension is declared for this build
 * and the module's own lifecycle ran nothing before the check: a module that is built runs its compile phase (packaging
 * other than {@code pom}); and the extension moves an earlier {@code target/readiness} away before it builds a module,
 * so a result that is there when the check starts in a module that ran nothing was restored (after {@code clean}; without
 * it, a pom module's result left by an earlier build cannot be told from a restored one).
 */
public final class BuildCache {
    static final String ARTIFACT_ID = "maven-build-cache-extension";

    /** What the check finds in a module. */
    public enum State {
        /** Built in this build (or no build cache): judge it. */
        BUILT,
        /** Restored with the readiness result of the build that was cached. */
        RESTORED,
        /** Restored without a readiness result (target/readiness not among the cache's attached outputs). */
        RESTORED_WITHOUT_RESULT
    }

    private BuildCache() {}

    /**
     * The state check finds the module in; a {@code readiness:check} given on the command line judges what is on disk,
     * as without the cache.
     */
    public static State stateForCheck(
            MojoExecution execution, MavenSession session, MavenProject project, Path outputDirectory)
            throws MojoExecutionException {
        if (execution != null && execution.getSource() == MojoExecution.Source.CLI) {
            return State.BUILT;
        }
        try {
            return state(session, project, outputDirectory);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read .mvn/extensions.xml: " + e.getMessage(), e);
        }
    }

    /** The module's state when its check starts. */
    public static State state(MavenSession session, MavenProject project, Path outputDirectory) throws IOException {
        if (!isActive(session, project) || project.hasLifecyclePhase("compile")) {
            return State.BUILT;
        }
        if (ModuleResultFiles.exists(outputDirectory)) {
            return State.RESTORED;
        }
        // a pom module compiles nothing: built or restored look the same, so it is judged again
        return "pom".equals(project.getPackaging()) ? State.BUILT : State.RESTORED_WITHOUT_RESULT;
    }

    /**
     * Whether the build cache extension is declared for this build ({@code .mvn/extensions.xml} of the reactor, or a
     * build extension of the module) and not switched off with {@code -Dmaven.build.cache.enabled=false}.
     */
    static boolean isActive(MavenSession session, MavenProject project) throws IOException {
        String enabled = session.getUserProperties()
                .getProperty(
                        "maven.build.cache.enabled",
                        session.getSystemProperties().getProperty("maven.build.cache.enabled", "true"));
        if (!Boolean.parseBoolean(enabled)) {
            return false;
        }
        if (project.getBuildExtensions() != null) {
            for (Extension extension : project.getBuildExtensions()) {
                if (ARTIFACT_ID.equals(extension.getArtifactId())) {
                    return true;
                }
            }
        }
        File root = session.getRequest().getMultiModuleProjectDirectory();
        return root != null && declares(root.toPath().resolve(".mvn/extensions.xml"));
    }

    /** Whether an extensions.xml declares the build cache extension. */
    static boolean declares(Path extensionsXml) throws IOException {
        if (!Files.isRegularFile(extensionsXml)) {
            return false;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(extensionsXml)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT
                        && "artifactId".equals(xml.getLocalName())
                        && ARTIFACT_ID.equals(xml.getElementText().strip())) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            return false; // Maven itself reports a broken extensions.xml
        }
    }
}
