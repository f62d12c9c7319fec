package io.github.readiness.rules.evidence.build;

/**
 * How a declared dependency or plugin version pins what the build uses. The front end classifies versions with its
 * build tool's own API (Maven's version range and snapshot logic), so the engine never parses version strings.
 */
public enum VersionKind {
    /** One fixed release version. */
    FIXED,
    /** A -SNAPSHOT (or timestamped snapshot) version: changes without a version change. */
    SNAPSHOT,
    /** A version range such as {@code [1.0,2.0)}: resolves to whatever is newest in the repository. */
    RANGE,
    /** The {@code LATEST} or {@code RELEASE} meta-version. */
    META,
    /** No version in the project or any parent (possible for plugins only). */
    MISSING,
    /** Not declared by the project: the version comes from the build tool's defaults (Maven's super POM). */
    TOOL_DEFAULT
}
