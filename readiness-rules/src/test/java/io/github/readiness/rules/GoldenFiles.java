package io.github.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden. To update after an intended change, run with
 * -Dreadiness.updateGolden=true and review the diff.
 */
public final class GoldenFiles {
    private GoldenFiles() {}

    public static void assertGolden(String name, String actual) {
        Path source = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("readiness.updateGolden")) {
            try {
                Files.createDirectories(source.getParent());
                Files.writeString(source, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new AssertionError(
                        "golden file " + source + " is missing: run with -Dreadiness.updateGolden=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "golden file " + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
