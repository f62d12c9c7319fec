package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * A TODO, FIXME, HACK or XXX marker in a comment of a main source file.
 *
 * @param marker the marker word, upper case
 */
public record TodoMarker(String marker, Location location) {
    public TodoMarker {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(location, "location");
    }
}
