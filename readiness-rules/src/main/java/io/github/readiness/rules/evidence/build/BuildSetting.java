package io.github.readiness.rules.evidence.build;

import io.github.readiness.rules.model.Location;

/**
 * One build setting and where it is set: a property such as {@code project.build.sourceEncoding}, or the plugin
 * configuration that sets the same thing (maven-compiler-plugin's {@code <release>}).
 *
 * @param value the effective value, null when unset
 * @param source how it is set, for messages ({@code property maven.compiler.release},
 *     {@code maven-compiler-plugin <release>}); null when unset
 * @param location where it is written, null when unknown or unset
 */
public record BuildSetting(String value, String source, Location location) {
    public static final BuildSetting UNSET = new BuildSetting(null, null, null);

    public boolean isSet() {
        return value != null && !value.isBlank();
    }
}
