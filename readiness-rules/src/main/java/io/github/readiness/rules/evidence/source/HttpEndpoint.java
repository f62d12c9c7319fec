package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * An annotation that makes a class or method an HTTP API endpoint: Spring MVC/WebFlux {@code @RestController} or
 * {@code @ResponseBody} (a plain {@code @Controller} renders views); JAX-RS {@code @Path} (jakarta or javax); Micronaut
 * {@code @Controller}.
 *
 * @param annotation as written, with the {@code @} ({@code @RestController})
 */
public record HttpEndpoint(String annotation, Location location) {
    public HttpEndpoint {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(location, "location");
    }
}
