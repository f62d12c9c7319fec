package io.github.readiness.rules.evidence.repository;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.PathDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a module's README, licence, security policy, changelog, CI configuration and {@code .env.example}: in the
 * module directory, then each parent up to the repository root (so a module is not blamed for a LICENSE at the
 * root), and in each of those also in {@code docs/} and {@code .github/}. Only directories are listed, never walked:
 * the repository may be huge. Per kind the first match wins: closest directory first; within a directory the
 * directory itself, then {@code docs/}, then {@code .github/}; several matching names in alphabetical order.
 *
 * <p>The result is always READ (a missing file is the rules' finding, not missing evidence); directories or files
 * that cannot be read are noted in the evidence detail, never thrown.
 */
public final class RepositoryScanner {
    /** READMEs and env examples over this size are not read for documented keys. */
    public static final long MAX_KEYS_FILE_BYTES = 1024 * 1024;

    private static final String SOURCE = "repository";

    /**
     * @param moduleDir the module's base directory; found paths are shown relative to it
     * @param rootDir the reactor or repository root, chosen by the front end; when it is not {@code moduleDir} or an
     *     ancestor of it (or null), only {@code moduleDir} is searched
     */
    public Collected<RepositoryFiles> scan(Path moduleDir, Path rootDir) {
        Path module = moduleDir.toAbsolutePath().normalize();
        List<String> notes = new ArrayList<>();
        DirectoryListing listing = new DirectoryListing(module, notes);
        Map<RepositoryFile, Path> found = new EnumMap<>(RepositoryFile.class);
        List<String> searched = new ArrayList<>();
        for (Path directory : searchedDirectories(module, rootDir)) {
            searched.add(PathDisplay.relative(module, directory));
            search(directory, listing, found);
        }
        DocumentedKeys keys = new DocumentedKeysReader(module, MAX_KEYS_FILE_BYTES, notes)
                .read(found.get(RepositoryFile.ENV_EXAMPLE), found.get(RepositoryFile.README));
        Map<RepositoryFile, String> shown = new EnumMap<>(RepositoryFile.class);
        found.forEach((kind, path) -> shown.put(kind, PathDisplay.relative(module, path)));
        RepositoryFiles files = new RepositoryFiles(searched, shown, keys);
        EvidenceRecord record =
                new EvidenceRecord(SOURCE, String.join(", ", searched), EvidenceStatus.READ, detail(shown, notes));
        return Collected.read(files, List.of(record));
    }

    /** The module, then each parent up to the root; only the module when the root is elsewhere. */
    static List<Path> searchedDirectories(Path module, Path rootDir) {
        Path root = rootDir == null ? module : rootDir.toAbsolutePath().normalize();
        if (!module.startsWith(root)) {
            return List.of(module);
        }
        List<Path> directories = new ArrayList<>();
        for (Path directory = module;
                directory != null && directory.startsWith(root);
                directory = directory.getParent()) {
            directories.add(directory);
        }
        return directories;
    }

    private static void search(Path directory, DirectoryListing listing, Map<RepositoryFile, Path> found) {
        List<Path> entries = listing.entries(directory);
        for (Path entry : entries) {
            String name = DirectoryListing.name(entry);
            RepositoryFile document = RepositoryNames.document(name);
            if (document != null) {
                offerFile(found, document, entry);
            } else if (RepositoryNames.isEnvExample(name)) {
                offerFile(found, RepositoryFile.ENV_EXAMPLE, entry);
            } else if (RepositoryNames.isCiFile(name)) {
                offerFile(found, RepositoryFile.CI_CONFIGURATION, entry);
            } else if (RepositoryNames.is(name, RepositoryNames.BUILDKITE) && Files.isDirectory(entry)) {
                found.putIfAbsent(RepositoryFile.CI_CONFIGURATION, entry);
            } else if (RepositoryNames.is(name, RepositoryNames.CIRCLECI) && Files.isDirectory(entry)) {
                for (Path config : listing.entries(entry)) {
                    if (RepositoryNames.is(DirectoryListing.name(config), RepositoryNames.CIRCLECI_CONFIG)) {
                        offerFile(found, RepositoryFile.CI_CONFIGURATION, config);
                    }
                }
            }
        }
        for (Path docs : DirectoryListing.subdirectories(entries, RepositoryNames.DOCS)) {
            searchDocuments(listing.entries(docs), found);
        }
        for (Path github : DirectoryListing.subdirectories(entries, RepositoryNames.GITHUB)) {
            List<Path> githubEntries = listing.entries(github);
            searchDocuments(githubEntries, found);
            for (Path workflows : DirectoryListing.subdirectories(githubEntries, RepositoryNames.GITHUB_WORKFLOWS)) {
                // an empty workflows directory (or one holding only a README) runs nothing
                if (listing.entries(workflows).stream().anyMatch(RepositoryScanner::isWorkflow)) {
                    found.putIfAbsent(RepositoryFile.CI_CONFIGURATION, workflows);
                }
            }
        }
    }

    private static void searchDocuments(List<Path> entries, Map<RepositoryFile, Path> found) {
        for (Path entry : entries) {
            RepositoryFile document = RepositoryNames.document(DirectoryListing.name(entry));
            if (document != null) {
                offerFile(found, document, entry);
            }
        }
    }

    private static boolean isWorkflow(Path entry) {
        return RepositoryNames.isWorkflow(DirectoryListing.name(entry)) && Files.isRegularFile(entry);
    }

    /** Keeps the first file of each kind; the name is checked before the file system (a stat per candidate only). */
    private static void offerFile(Map<RepositoryFile, Path> found, RepositoryFile kind, Path entry) {
        if (!found.containsKey(kind) && Files.isRegularFile(entry)) {
            found.put(kind, entry);
        }
    }

    /** "README.md, ../LICENSE found; no SECURITY policy, CHANGELOG, CI configuration", then any notes. */
    static String detail(Map<RepositoryFile, String> found, List<String> notes) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RepositoryFile kind : RepositoryFile.values()) {
            String path = found.get(kind);
            if (path != null) {
                present.add(path);
            } else if (kind != RepositoryFile.ENV_EXAMPLE) { // optional: only the configuration rule uses it
                missing.add(displayName(kind));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!present.isEmpty()) {
            parts.add(String.join(", ", present) + " found");
        }
        if (!missing.isEmpty()) {
            parts.add("no " + String.join(", ", missing));
        }
        parts.addAll(notes);
        return String.join("; ", parts);
    }

    /** How the evidence detail names a kind that is missing. */
    private static String displayName(RepositoryFile kind) {
        return switch (kind) {
            case README -> "README";
            case LICENSE -> "LICENSE";
            case SECURITY_POLICY -> "SECURITY policy";
            case CHANGELOG -> "CHANGELOG";
            case CI_CONFIGURATION -> "CI configuration";
            case ENV_EXAMPLE -> ".env.example";
        };
    }
}
