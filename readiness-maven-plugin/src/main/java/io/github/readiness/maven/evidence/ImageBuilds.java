package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.service.ImageBuild;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * An image the build makes without a Dockerfile: jib-maven-plugin's {@code <from><image>} and {@code
 * <container><user>} (as configured in the POM, properties resolved), or spring-boot-maven-plugin's
 * {@code build-image} goal bound to a phase (Cloud Native Buildpacks).
 */
final class ImageBuilds {
    private ImageBuilds() {}

    static ImageBuild of(MavenProject project, PomLocations locations) {
        for (Plugin plugin : project.getBuildPlugins()) {
            String id = plugin.getGroupId() + ":" + plugin.getArtifactId();
            if (id.equals("com.google.cloud.tools:jib-maven-plugin")) {
                Xpp3Dom configuration = plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
                return new ImageBuild(
                        ImageBuild.JIB,
                        value(configuration, "from", "image"),
                        value(configuration, "container", "user"),
                        locations.first(plugin.getLocation(""), null));
            }
            if (id.equals("org.springframework.boot:spring-boot-maven-plugin")) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (execution.getGoals().contains("build-image")
                            || execution.getGoals().contains("build-image-no-fork")) {
                        return new ImageBuild(
                                ImageBuild.BUILDPACKS, null, null, locations.first(plugin.getLocation(""), null));
                    }
                }
            }
        }
        return null;
    }

    private static String value(Xpp3Dom configuration, String parent, String child) {
        Xpp3Dom section = configuration == null ? null : configuration.getChild(parent);
        Xpp3Dom node = section == null ? null : section.getChild(child);
        String value = node == null ? null : node.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }
}
