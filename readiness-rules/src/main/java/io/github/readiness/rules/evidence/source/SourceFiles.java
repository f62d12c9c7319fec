package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.evidence.PathDisplay;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files a scan reads: each root's selected files, walked without ever entering the build directory, a version
 * control directory or another module (the walk prunes them, it does not filter their files afterwards), nor a
 * directory the root's selector cannot hold a file of. Symbolic links to directories are not followed.
 */
final class SourceFiles {
    /** Version control directories: their content is history and packs, never the module's sources. */
    static final Set<String> VCS_DIRECTORIES = Set.of(".git", ".svn", ".hg");

    /** A listed file: where it is, and how findings name it. */
    record Listed(Path file, SourceFile source) {}

    /**
     * @param files by display path: deterministic order, a file of overlapping roots once (the first root wins)
     * @param roots the roots walked, as shown ("src/main/java")
     * @param counts each walked root with its file count and selection ("src/main/java: 39")
     * @param notes directories that could not be listed
     */
    record Listing(Map<String, Listed> files, List<String> roots, List<String> counts, List<String> notes) {}

    private SourceFiles() {}

    static Listing list(SourceRequest request) {
        Map<String, Listed> files = new TreeMap<>();
        List<String> roots = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path build = normalize(request.buildDirectory());
        List<Path> modules = request.otherModules().stream()
                .map(m -> normalize(request.baseDir().resolve(m)))
                .toList();
        for (SourceRoot root : request.roots()) {
            Path absolute = normalize(request.baseDir().resolve(root.directory()));
            if (!Files.isDirectory(absolute) || absolute.startsWith(build)) {
                continue;
            }
            String shown = PathDisplay.relative(request.baseDir(), absolute);
            roots.add(shown);
            int[] count = {0};
            try {
                Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (dir.equals(absolute)) {
                            return FileVisitResult.CONTINUE;
                        }
                        boolean pruned =
                                VCS_DIRECTORIES.contains(dir.getFileName().toString())
                                        || dir.startsWith(build)
                                        || modules.contains(dir)
                                        || !root.selector().mayHoldSelected(relative(absolute, dir));
                        return pruned ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && root.selector().selects(relative(absolute, file))) {
                            count[0]++;
                            String display = PathDisplay.relative(request.baseDir(), file);
                            files.putIfAbsent(display, new Listed(file, new SourceFile(display, root.test())));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        notes.add(PathDisplay.relative(request.baseDir(), file) + ": could not be listed ("
                                + e.getClass().getSimpleName() + ")");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                notes.add(shown + ": not fully listed (" + e.getMessage() + ")");
            }
            String selection = root.selector().description();
            counts.add(shown + ": " + count[0] + (root.test() ? " (test)" : "")
                    + (selection.isEmpty() ? "" : " [" + selection + "]"));
        }
        return new Listing(files, roots, counts, notes);
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
