package io.github.readiness.rules.evidence.service;

import java.util.Objects;
import java.util.Set;

/**
 * What the build says about a module: a deployable service or a library, the frameworks in use, and why.
 *
 * @param service whether the build produces something deployed (a war, an executable jar, an image)
 * @param frameworks the application frameworks on the class path (a library may use one too)
 * @param reason the evidence for the kind, as the evidence table shows it
 */
public record ServiceDetection(boolean service, Set<Framework> frameworks, String reason) {
    public ServiceDetection {
        frameworks = Set.copyOf(frameworks);
        Objects.requireNonNull(reason, "reason");
    }
}
