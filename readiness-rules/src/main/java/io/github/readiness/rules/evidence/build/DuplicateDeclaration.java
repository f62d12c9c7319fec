package io.github.readiness.rules.evidence.build;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * A dependency declared twice in the same POM section (Maven keeps one of them and only warns).
 *
 * @param coordinates {@code groupId:artifactId:type[:classifier]}
 * @param section where both are: {@code dependencies}, {@code dependencyManagement}, or a profile's
 * @param first the first declaration, null when unknown
 * @param duplicate the second declaration, null when unknown
 */
public record DuplicateDeclaration(String coordinates, String section, Location first, Location duplicate) {
    public DuplicateDeclaration {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(section, "section");
    }
}
