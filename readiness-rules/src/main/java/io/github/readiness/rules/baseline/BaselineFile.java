package io.github.readiness.rules.baseline;

import io.github.readiness.rules.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code readiness-baseline.json} on disk: written so that no reader sees half a file, read with clear errors. */
public final class BaselineFile {
    /** The file name the front ends default to, at the module's base directory. */
    public static final String NAME = "readiness-baseline.json";

    private BaselineFile() {}

    public static void write(Baseline baseline, Path file) throws IOException {
        AtomicFiles.write(file, out -> BaselineWriter.write(baseline, out));
    }

    /** @param shown the file as messages name it (relative to the module) */
    public static Baseline read(Path file, String shown) throws BaselineException {
        try (InputStream in = Files.newInputStream(file)) {
            return BaselineReader.read(in, shown);
        } catch (IOException e) {
            throw new BaselineException(
                    shown + ": cannot be read (" + e.getMessage() + "); check the file's" + " permissions, or "
                            + BaselineReader.FIX,
                    e);
        }
    }
}
