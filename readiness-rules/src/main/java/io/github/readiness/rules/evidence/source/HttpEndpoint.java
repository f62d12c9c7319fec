package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * An annotation that makes a class or method an HTTP endpoint: Spring MVC/WebFlux {@code @RestController},
 * {@code @Controller}, {@code @RequestMapping}, {@code @GetMapping}...; JAX-RS {@code @Path} (jakarta or javax);
 * Micronaut {@code @Controller}.
 *
 * @param annotation as written, with the {@code @} ({@code @RestController})
 */
public record HttpEndpoint(String annotation, Location location) {
    public HttpEndpoint {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(location, "location");
    }
}
