package io.github.readiness.rules.policy.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one policy file comes from: a preset, a classpath resource or a file. Names it for messages and provenance
 * and tells two references to the same file apart from two different files (for cycle detection).
 *
 * @param name how messages and the policy goal name it: {@code preset silver}, {@code classpath:acme/readiness.yaml},
 *     {@code readiness.yaml} (a file, relative to the project)
 * @param resource the classpath resource (presets and {@code classpath:} sources), else null
 * @param file the file (file sources), else null
 */
record PolicySource(String name, String resource, ClassLoader loader, Path file, boolean preset) {
    static PolicySource preset(String presetName) {
        return new PolicySource(
                "preset " + presetName, Presets.resource(presetName), Presets.class.getClassLoader(), null, true);
    }

    static PolicySource classpath(String resource, ClassLoader loader) {
        return new PolicySource("classpath:" + resource, resource, loader, null, false);
    }

    static PolicySource file(Path file, String name) {
        return new PolicySource(name, null, null, file.toAbsolutePath().normalize(), false);
    }

    /** Where a value set at this line came from: presets are named alone, files with the line. */
    String origin(int line) {
        return preset ? name : name + " line " + line;
    }

    /** The start of every error message about this source's content. */
    String at(int line) {
        return name + " line " + line + ": ";
    }

    /** Equal for two references to the same file or resource. */
    String identity() {
        return file != null ? "file:" + file : "classpath:" + resource;
    }

    PolicyFormat format() {
        return PolicyFormat.of(file != null ? file.getFileName().toString() : resource);
    }

    boolean exists() {
        return file != null ? Files.isRegularFile(file) : loader.getResource(resource) != null;
    }

    InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no such resource on the classpath");
        }
        return in;
    }
}
