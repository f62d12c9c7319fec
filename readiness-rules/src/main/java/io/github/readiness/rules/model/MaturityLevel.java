package io.github.readiness.rules.model;

import java.util.Locale;

/**
 * The maturity levels, least mature first: a project reaches a level when it passes that level's preset
 * ({@code bronze}, {@code silver}, {@code gold}); STONE is where a project that fails bronze stands.
 */
public enum MaturityLevel {
    STONE,
    BRONZE,
    SILVER,
    GOLD;

    /** The preset that defines the level ({@code bronze}); STONE has none. */
    public String preset() {
        return this == STONE ? null : id();
    }

    /** {@code stone}, {@code bronze}, ... as in readiness.json and policy files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code Bronze}, for people. */
    public String displayName() {
        return name().charAt(0) + id().substring(1);
    }

    /** The next level, or null at GOLD. */
    public MaturityLevel next() {
        return this == GOLD ? null : values()[ordinal() + 1];
    }
}
