package io.github.readiness.rules.evidence.repository;

import io.github.readiness.rules.evidence.PathDisplay;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists one directory, never a tree (a repository root may hold a huge checkout), sorted by name ignoring case and
 * then exactly, so the first match of each kind is the same on every file system. Problems become notes.
 */
final class DirectoryListing {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(
                    (Path path) -> RepositoryNames.lower(name(path)))
            .thenComparing(DirectoryListing::name);

    private final Path module;
    private final List<String> notes;

    /**
     * @param module what listed paths are shown relative to, in notes
     * @param notes where problems are noted ("could not list ../private (access denied)")
     */
    DirectoryListing(Path module, List<String> notes) {
        this.module = module;
        this.notes = notes;
    }

    List<Path> entries(Path directory) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        } catch (IOException | DirectoryIteratorException e) {
            notes.add("could not list " + PathDisplay.relative(module, directory) + " (" + reason(e) + ")");
            return List.of();
        }
        entries.sort(BY_NAME);
        return entries;
    }

    /** The subdirectories of {@code entries} named {@code lowerName} in any case ({@code docs}, {@code Docs}). */
    static List<Path> subdirectories(List<Path> entries, String lowerName) {
        return entries.stream()
                .filter(entry -> RepositoryNames.is(name(entry), lowerName) && Files.isDirectory(entry))
                .toList();
    }

    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    /** Why an I/O operation failed, without the absolute path exception messages carry (reports are portable). */
    static String reason(Exception e) {
        Throwable cause = e instanceof DirectoryIteratorException iteration ? iteration.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "access denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (cause instanceof NotDirectoryException) {
            return "not a directory";
        }
        return cause.getClass().getSimpleName();
    }
}
