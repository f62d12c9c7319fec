package io.github.readiness.rules.evidence.source;

import java.util.Locale;
import java.util.Objects;

/**
 * A text file the source scan reads, with what the detectors need to know about it.
 *
 * @param display the path relative to the module base directory, forward slashes (as findings show it)
 * @param test whether it comes from a test source or resource root (scanned for secrets only, and only when asked)
 */
public record SourceFile(String display, boolean test) {
    public SourceFile {
        Objects.requireNonNull(display, "display");
    }

    /** The file name, without directories. */
    public String fileName() {
        return display.substring(display.lastIndexOf('/') + 1);
    }

    /** The lower-case extension without the dot, empty when none. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Source code (Java, Kotlin, Groovy, Scala): counted in lines of code. */
    public boolean isCode() {
        return switch (extension()) {
            case "java", "kt", "groovy", "scala" -> true;
            default -> false;
        };
    }

    public boolean isJava() {
        return extension().equals("java");
    }

    public boolean isProperties() {
        return extension().equals("properties");
    }

    public boolean isYaml() {
        return extension().equals("yml") || extension().equals("yaml");
    }

    public boolean isXml() {
        return extension().equals("xml");
    }
}
