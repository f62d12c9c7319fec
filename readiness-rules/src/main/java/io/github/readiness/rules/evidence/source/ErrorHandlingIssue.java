package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/** One error-handling smell in a main Java source, at its line. */
public record ErrorHandlingIssue(ErrorHandlingKind kind, Location location) {
    public ErrorHandlingIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }
}
