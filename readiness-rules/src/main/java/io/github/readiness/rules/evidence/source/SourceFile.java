package io.github.readiness.rules.evidence.source;

import java.util.Locale;
import java.util.Objects;

/**
 * A text file the source scan reads, with what the detectors need to know about it. Immutable; the name facts are
 * computed once per file, not once per line and detector (the detectors ask for them on every line).
 */
public final class SourceFile {
    private final String display;
    private final boolean test;
    private final String fileName;
    private final String extension;

    /**
     * @param display the path relative to the module base directory, forward slashes (as findings show it)
     * @param test whether it comes from a test source or resource root (scanned for secrets only, and only when
     *     asked)
     */
    public SourceFile(String display, boolean test) {
        this.display = Objects.requireNonNull(display, "display");
        this.test = test;
        this.fileName = display.substring(display.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        this.extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The path relative to the module base directory, forward slashes (as findings show it). */
    public String display() {
        return display;
    }

    /** Whether it comes from a test source or resource root. */
    public boolean test() {
        return test;
    }

    /** The file name, without directories. */
    public String fileName() {
        return fileName;
    }

    /** The lower-case extension without the dot, empty when none. */
    public String extension() {
        return extension;
    }

    /** Source code (Java, Kotlin, Groovy, Scala): counted in lines of code. */
    public boolean isCode() {
        return switch (extension) {
            case "java", "kt", "groovy", "scala" -> true;
            default -> false;
        };
    }

    public boolean isJava() {
        return extension.equals("java");
    }

    public boolean isProperties() {
        return extension.equals("properties");
    }

    public boolean isYaml() {
        return extension.equals("yml") || extension.equals("yaml");
    }

    public boolean isXml() {
        return extension.equals("xml");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile file && file.display.equals(display) && file.test == test;
    }

    @Override
    public int hashCode() {
        return display.hashCode() * 31 + Boolean.hashCode(test);
    }

    @Override
    public String toString() {
        return "SourceFile[display=" + display + ", test=" + test + "]";
    }
}
