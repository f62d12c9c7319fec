package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * What a Dockerfile or Containerfile says about the image it builds: the final stage (the only one that runs), followed
 * back through {@code FROM <earlier stage>}.
 *
 * @param path the file, relative to the module
 * @param stages how many {@code FROM} stages it has
 * @param baseImage the final stage's base image with build arguments resolved; null when it cannot be resolved (an
 *     {@code ARG} without default) or when there is no {@code FROM}
 * @param from the final stage's {@code FROM} line
 * @param user the user the final stage runs as ({@code USER}), null when it sets none
 * @param userAt the {@code USER} line
 * @param healthcheck whether the final stage declares a {@code HEALTHCHECK} other than {@code NONE}
 * @param secrets {@code ENV}/{@code ARG} settings of credential names with a literal value, in any stage (build
 *     arguments and environment stay in the image's history)
 * @param notes what could not be read or told ("unknown instruction"), for the evidence table
 */
public record Dockerfile(
        String path,
        int stages,
        String baseImage,
        Location from,
        String user,
        Location userAt,
        boolean healthcheck,
        List<Setting> secrets,
        List<String> notes) {
    public Dockerfile {
        Objects.requireNonNull(path, "path");
        secrets = List.copyOf(secrets);
        notes = List.copyOf(notes);
    }

    /** An {@code ENV} or {@code ARG} setting of a credential name ({@code ENV API_KEY=demo}). */
    public record Setting(String instruction, String name, Location location) {}
}
