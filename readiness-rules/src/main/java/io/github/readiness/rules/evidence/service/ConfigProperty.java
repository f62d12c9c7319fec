package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.model.Location;
import java.util.Locale;
import java.util.Objects;

/**
 * One setting of an application configuration file ({@code application.properties}, {@code application-prod.yml},
 * a YAML document activated for a profile, a Quarkus {@code %prod.} key).
 *
 * @param key the key as written, without a Quarkus profile prefix; YAML keys joined with dots
 * @param value the value; a YAML list of scalars joined with commas
 * @param profile the profile it applies to, null for the default configuration
 * @param location the file and line
 */
public record ConfigProperty(String key, String value, String profile, Location location) {
    public ConfigProperty {
        Objects.requireNonNull(key, "key");
        value = value == null ? "" : value;
        Objects.requireNonNull(location, "location");
    }

    /**
     * The key in Spring Boot's canonical form for comparisons: lower case, without dashes and underscores, so
     * {@code management.endpoints.web.exposure.include}, {@code ...exposureInclude}-style variants compare equal.
     */
    public static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** {@code key=value (file:line)}, with the profile when there is one. */
    public String shown() {
        return key + "=" + value + (profile == null ? "" : " in profile " + profile) + " (" + location + ")";
    }
}
