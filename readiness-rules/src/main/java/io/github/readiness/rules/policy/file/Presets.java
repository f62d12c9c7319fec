package io.github.readiness.rules.policy.file;

import java.util.List;

/**
 * The built-in policies, policy files inside the engine jar read like any other: {@code default} (the built-in policy,
 * an empty file), then the maturity levels {@code bronze}, {@code silver} and {@code gold}, each stricter than the one
 * before (the values are documented in the policy reference and pinned by PresetsTest).
 */
public final class Presets {
    /** The preset names, least strict maturity level first. */
    public static final List<String> NAMES = List.of("default", "bronze", "silver", "gold");

    static final String DIRECTORY = "io/github/readiness/rules/policy/presets/";

    private Presets() {}

    /** The classpath resource of a preset (in this jar). */
    static String resource(String name) {
        return DIRECTORY + name + ".yaml";
    }
}
