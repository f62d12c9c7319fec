package io.github.readiness.rules.evidence.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The application configuration files of a module, read once: every setting with its file, line and profile, and a
 * note for each file that could not be read (a YAML syntax error), so a rule never passes on settings it did not see.
 *
 * @param files the files read, relative to the module base directory
 * @param notes files not read, and why
 */
public record ApplicationConfig(List<String> files, List<ConfigProperty> properties, List<String> notes) {
    public static final ApplicationConfig EMPTY = new ApplicationConfig(List.of(), List.of(), List.of());

    /** Profiles in which nothing runs in production: their settings are not judged. */
    private static final Set<String> NON_PRODUCTION = Set.of("dev", "test", "local", "development");

    public ApplicationConfig {
        files = List.copyOf(files);
        properties = List.copyOf(properties);
        notes = List.copyOf(notes);
    }

    /**
     * The value in force for {@code key} in the given profile (null: the default configuration): the profile's own
     * setting, else the default one; the last one written wins, as in Spring Boot and Quarkus.
     */
    public Optional<ConfigProperty> get(String key, String profile) {
        String wanted = ConfigProperty.canonical(key);
        ConfigProperty found = null;
        for (ConfigProperty property : properties) {
            if (ConfigProperty.canonical(property.key()).equals(wanted)
                    && Objects.equals(property.profile(), profile)) {
                found = property;
            }
        }
        return profile != null && found == null ? get(key, null) : Optional.ofNullable(found);
    }

    /** The value in force in the default configuration. */
    public Optional<ConfigProperty> get(String key) {
        return get(key, null);
    }

    /** The default configuration (null) then each profile that may run in production, in name order. */
    public List<String> productionProfiles() {
        Set<String> profiles = new TreeSet<>();
        for (ConfigProperty property : properties) {
            if (property.profile() != null && !isNonProduction(property.profile())) {
                profiles.add(property.profile());
            }
        }
        List<String> result = new ArrayList<>();
        result.add(null);
        result.addAll(profiles);
        return result;
    }

    /** Whether a profile name says it does not run in production ({@code dev}, {@code test}, {@code local}). */
    public static boolean isNonProduction(String profile) {
        for (String part : profile.split(",")) {
            if (!NON_PRODUCTION.contains(part.strip().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
