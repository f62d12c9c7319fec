package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.Location;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;

/**
 * Turns the model's {@link InputLocation}s (Maven records them while it reads each POM) into report locations.
 *
 * <p>Where a location comes from, as Maven 3.8/3.9 records it:
 *
 * <ul>
 *   <li>a POM on disk (the module, a parent through {@code relativePath}): the source location is the absolute file
 *       path; shown relative to the module ({@code pom.xml}, {@code ../pom.xml}) with its line;
 *   <li>a POM in the local repository (a parent or import resolved from a repository): shown as its model id
 *       ({@code com.acme:parent:1.0}) with its line, since a path into {@code ~/.m2} means nothing to a reader;
 *   <li>Maven itself: the super POM (model id {@code org.apache.maven:maven-model-builder:<version>:super-pom}, a
 *       {@code jar:} URL as location) and the default lifecycle bindings of the packaging (model id
 *       {@code org.apache.maven:maven-core:<version>:default-lifecycle-bindings}, no location, line -1). These are
 *       {@link #isMavenDefault Maven's defaults}: no location is shown;
 *   <li>no location at all: a value Maven set while building (e.g. a plugin version it resolved from the
 *       repository's metadata because the POM has none).
 * </ul>
 */
final class PomLocations {
    static final String SUPER_POM = ":super-pom";
    static final String LIFECYCLE_BINDINGS = ":default-lifecycle-bindings";

    private final Path moduleDirectory;
    private final Path localRepository;

    /**
     * @param moduleDirectory the module's base directory, which paths are shown relative to
     * @param localRepository the local repository, whose POMs are shown by model id; null when unknown
     */
    PomLocations(Path moduleDirectory, Path localRepository) {
        this.moduleDirectory = moduleDirectory.toAbsolutePath().normalize();
        this.localRepository = localRepository == null
                ? null
                : localRepository.toAbsolutePath().normalize();
    }

    /** Whether the location is in a POM (the project's, a parent's, an imported one), not one of Maven's defaults. */
    static boolean isPom(InputLocation location) {
        return location != null && location.getSource() != null && !isMavenDefault(location);
    }

    /** Whether Maven itself supplies what is at this location: its super POM or its default lifecycle bindings. */
    static boolean isMavenDefault(InputLocation location) {
        if (location == null || location.getSource() == null) {
            return false;
        }
        String modelId = location.getSource().getModelId();
        return modelId != null
                && modelId.startsWith("org.apache.maven:")
                && (modelId.endsWith(SUPER_POM) || modelId.endsWith(LIFECYCLE_BINDINGS));
    }

    /** The report location of {@code location}, or null when it is unknown or one of Maven's defaults. */
    Location of(InputLocation location) {
        if (!isPom(location)) {
            return null;
        }
        InputSource source = location.getSource();
        int line = Math.max(location.getLineNumber(), 0);
        Path file = file(source.getLocation());
        String modelId = blankToNull(source.getModelId());
        if (file != null && (modelId == null || !inLocalRepository(file))) {
            return new Location(PathDisplay.relative(moduleDirectory, file), line);
        }
        return modelId == null ? null : new Location(modelId, line);
    }

    /** The first of the locations that is in a POM, as {@link #of}. */
    Location first(InputLocation preferred, InputLocation fallback) {
        return isPom(preferred) ? of(preferred) : of(fallback);
    }

    /**
     * The model id of the POM outside this project that {@code location} comes from, or null when it comes from the
     * project: a parent resolved from the local repository (not the module's own POM, a reactor or relativePath
     * parent) whose groupId differs from {@code groupId}. Spring Boot's starter parent is such a POM; its description
     * describes Spring Boot, not the project that inherits it.
     */
    String foreignModel(InputLocation location, String groupId) {
        if (!isPom(location)) {
            return null;
        }
        String modelId = blankToNull(location.getSource().getModelId());
        Path file = file(location.getSource().getLocation());
        if (modelId == null || file == null || !inLocalRepository(file)) {
            return null;
        }
        String sourceGroup = modelId.substring(0, Math.max(0, modelId.indexOf(':')));
        return sourceGroup.equals(groupId) ? null : modelId;
    }

    private boolean inLocalRepository(Path file) {
        return localRepository != null && file.startsWith(localRepository);
    }

    /** The POM file when the source location is a file path (not a jar: URL, as the super POM's is). */
    private static Path file(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            Path path = Path.of(location);
            return path.isAbsolute() ? path.normalize() : null;
        } catch (InvalidPathException e) {
            return null; // a URL on Windows
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
