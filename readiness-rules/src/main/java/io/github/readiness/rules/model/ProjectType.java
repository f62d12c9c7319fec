package io.github.readiness.rules.model;

import java.util.Locale;

/**
 * Whether the service rules (deployment, data, observability, management exposure) apply to a project. A library
 * gets them as N/A with no finding; a policy overrides the detection when it is wrong.
 */
public enum ProjectType {
    /** Detected from the build: packaging, framework plugins, image builds, application starters (the default). */
    AUTO,
    /** Judged as a deployable service whatever the detection says. */
    SERVICE,
    /** Judged as a library: the service rules are N/A. */
    LIBRARY;

    /** The policy file's spelling: {@code auto}, {@code service}, {@code library} (any case is read). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
