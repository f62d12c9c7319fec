package io.github.readiness.maven.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingResult;
import org.apache.maven.project.MavenProject;

/**
 * Real effective models for tests: Maven's own model builder (inheritance from parents on disk, management,
 * interpolation, location tracking on), wrapped in a {@link MavenProject} as Maven hands it to a mojo.
 *
 * <p>The stand-alone model builder has no lifecycle bindings and does not resolve missing plugin versions; {@link
 * #lifecyclePlugin} and {@link #resolveVersion} add what Maven 3.8.7 adds there, in the shape a real build showed.
 */
final class EffectiveModels {
    /** The model id Maven 3.8.7 gives its default lifecycle bindings. */
    static final String LIFECYCLE_MODEL_ID = "org.apache.maven:maven-core:3.8.7:default-lifecycle-bindings";

    private EffectiveModels() {}

    static MavenProject project(Path pom) throws ModelBuildingException {
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setPomFile(pom.toFile());
        request.setLocationTracking(true);
        request.setProcessPlugins(true);
        request.setTwoPhaseBuilding(false);
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        request.setSystemProperties(new Properties());
        ModelBuildingResult result =
                new DefaultModelBuilderFactory().newInstance().build(request);
        MavenProject project = new MavenProject(result.getEffectiveModel());
        project.setOriginalModel(result.getRawModel());
        project.setFile(pom.toFile());
        return project;
    }

    /** A plugin as Maven's lifecycle bindings inject it: no line, the lifecycle model id as its source. */
    static Plugin lifecyclePlugin(Model model, String artifactId, String version) {
        InputSource source = new InputSource();
        source.setModelId(LIFECYCLE_MODEL_ID);
        InputLocation location = new InputLocation(-1, -1, source);
        Plugin plugin = new Plugin();
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        for (String field : List.of("", "groupId", "artifactId", "version")) {
            plugin.setLocation(field, location);
        }
        model.getBuild().addPlugin(plugin);
        return plugin;
    }

    /** What Maven does for a declared plugin without a version: it sets the resolved version, with no location. */
    static void resolveVersion(MavenProject project, String artifactId, String version) {
        project.getBuildPlugins().stream()
                .filter(p -> p.getArtifactId().equals(artifactId))
                .findFirst()
                .orElseThrow()
                .setVersion(version);
    }

    /** The 1-based line of the first line containing {@code text}, so tests do not hard-code fixture lines. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** The line of the first {@code text} after the first {@code after}. */
    static int lineOf(Path file, String after, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = lineOf(file, after);
        for (int i = start - 1; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " after " + after + " not in " + file);
    }
}
