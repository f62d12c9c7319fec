package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Last-modified times the freshness checks compare; failures name the file as the report shows it. */
final class FileTimes {
    private final Function<Path, Path> shown;

    /** @param shown turns a path into the one messages show (relative to the project base directory) */
    FileTimes(Function<Path, Path> shown) {
        this.shown = shown;
    }

    FileTime lastModified(Path file) throws EvidenceException {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The newest of the files, or null when there are none. */
    Path newest(List<Path> files) throws EvidenceException {
        Path newest = null;
        FileTime newestTime = null;
        for (Path file : files) {
            FileTime time = lastModified(file);
            if (newestTime == null || time.compareTo(newestTime) > 0) {
                newest = file;
                newestTime = time;
            }
        }
        return newest;
    }

    /** Last-modified time of the newest .class file anywhere under the directory, or null when there is none. */
    FileTime newestClassFile(Path classesDirectory) throws EvidenceException {
        if (!Files.isDirectory(classesDirectory)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    .filter(Files::isRegularFile)
                    .map(FileTimes::lastModifiedUnchecked)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(classesDirectory, e);
        }
    }

    /** The {@code *.exec} files directly in the directory (not below it), sorted by name. */
    List<Path> execFilesIn(Path directory) throws EvidenceException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".exec"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(directory, e);
        }
    }

    private EvidenceException unreadable(Path path, Exception e) {
        return new EvidenceException(shown.apply(path), "cannot be read (" + e.getMessage()
                + "): check its permissions", e);
    }

    private static FileTime lastModifiedUnchecked(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
