package io.github.readiness.rules.evidence.repository;

import java.util.Set;

/**
 * The configuration keys a repository documents.
 *
 * @param envExampleFile the {@code .env.example}/{@code .env.sample} read, relative to the module, or null
 * @param envExampleKeys the keys it assigns ({@code KEY=value}, {@code export KEY=}), commented-out ones included
 * @param readmeFile the README read, relative to the module, or null
 * @param readmeKeys the keys the README documents as configuration (see {@code ReadmeKeys}: a table row, a list
 *     item, {@code KEY=} / {@code -Dkey=} / {@code key:} forms, backticked in a sentence about configuration)
 */
public record DocumentedKeys(
        String envExampleFile, Set<String> envExampleKeys, String readmeFile, Set<String> readmeKeys) {
    public static final DocumentedKeys NONE = new DocumentedKeys(null, Set.of(), null, Set.of());

    public DocumentedKeys {
        envExampleKeys = Set.copyOf(envExampleKeys);
        readmeKeys = Set.copyOf(readmeKeys);
    }
}
