package io.github.readiness.rules.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Files replaced in one step, so a reader never sees half of one: written to a temporary file beside the target,
 * then moved onto it. Shared by the reports and the coverage cache.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /** What writes a file's text. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes UTF-8 text to a temporary file beside {@code target} and moves it into place. */
    public static void write(Path target, Text text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = createTempBeside(target);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                text.writeTo(out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates an empty file with a unique name beside {@code target}, to be moved onto it. Unlike
     * {@link Files#createTempFile}, which makes the file readable by its owner only, the file gets the permissions any
     * new file gets (the umask), so a report stays readable by a CI user or a web server like the rest of target/.
     */
    public static Path createTempBeside(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve(
                    target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Moves {@code temp} onto {@code target}, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
