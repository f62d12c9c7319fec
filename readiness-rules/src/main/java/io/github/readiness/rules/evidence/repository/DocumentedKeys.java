package io.github.readiness.rules.evidence.repository;

import java.util.Set;

/**
 * The configuration keys a repository documents.
 *
 * @param envExampleFile the {@code .env.example}/{@code .env.sample} read, relative to the module, or null
 * @param envExampleKeys the keys it assigns ({@code KEY=value}, {@code export KEY=}), commented-out ones included
 * @param readmeFile the README read, relative to the module, or null
 * @param readmeTokens every word of the README that could be a key (letters, digits, {@code _ . -}), for lookups
 */
public record DocumentedKeys(
        String envExampleFile, Set<String> envExampleKeys, String readmeFile, Set<String> readmeTokens) {
    public static final DocumentedKeys NONE = new DocumentedKeys(null, Set.of(), null, Set.of());

    public DocumentedKeys {
        envExampleKeys = Set.copyOf(envExampleKeys);
        readmeTokens = Set.copyOf(readmeTokens);
    }
}
