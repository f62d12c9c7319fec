package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * One place where code or configuration reads a configuration key.
 *
 * @param key the key as written ({@code DB_URL}, {@code app.timeout})
 * @param hasDefault whether the read supplies a default ({@code ${KEY:default}}, {@code getProperty("k", "d")}), so
 *     the application still starts without it
 */
public record ConfigKeyUse(String key, ConfigKeySource source, Location location, boolean hasDefault) {
    public ConfigKeyUse {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }
}
