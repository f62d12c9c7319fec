package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
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

    /**
     * Adds every .class file under the directory to {@code classFiles}, sorted, and returns the newest one's time
     * (null when there is none): the one walk both the freshness check and the analysis need.
     */
    FileTime listClassFiles(Path classesDirectory, List<Path> classFiles) throws EvidenceException {
        FileTime[] newest = {null};
        forEachClassFile(classesDirectory, (file, time) -> {
            classFiles.add(file);
            if (newest[0] == null || time.compareTo(newest[0]) > 0) {
                newest[0] = time;
            }
        });
        classFiles.sort(Comparator.naturalOrder());
        return newest[0];
    }

    /**
     * Calls {@code action} with every regular .class file under the directory and its last-modified time, in no
     * particular order. One walk that takes the attributes the directory listing already has: no stat per file.
     */
    void forEachClassFile(Path classesDirectory, BiConsumer<Path, FileTime> action) throws EvidenceException {
        if (!Files.isDirectory(classesDirectory)) {
            return;
        }
        try {
            Files.walkFileTree(classesDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (file.getFileName().toString().endsWith(".class")) {
                        if (attributes.isRegularFile()) {
                            action.accept(file, attributes.lastModifiedTime());
                        } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                            action.accept(file, Files.getLastModifiedTime(file));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
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
        return new EvidenceException(
                shown.apply(path), "cannot be read (" + e.getMessage() + "): check its permissions", e);
    }
}
