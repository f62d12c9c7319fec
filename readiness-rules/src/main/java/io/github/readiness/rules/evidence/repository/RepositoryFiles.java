package io.github.readiness.rules.evidence.repository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository files found for a module, looking in the module directory and each parent up to the repository
 * root (so a module is not blamed for a LICENSE that lives at the root).
 *
 * @param searched the directories looked in, module first, relative to the module ({@code .}, {@code ..})
 * @param found per kind the first file found, relative to the module ({@code ../LICENSE}); absent kinds missing
 * @param documentedKeys what {@code .env.example} and the README document
 */
public record RepositoryFiles(List<String> searched, Map<RepositoryFile, String> found, DocumentedKeys documentedKeys) {
    public RepositoryFiles {
        searched = List.copyOf(searched);
        found = found.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(found));
    }

    public Optional<String> file(RepositoryFile kind) {
        return Optional.ofNullable(found.get(kind));
    }
}
