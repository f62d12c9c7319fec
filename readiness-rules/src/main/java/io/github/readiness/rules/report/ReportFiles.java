package io.github.readiness.rules.report;

import io.github.readiness.rules.io.AtomicFiles;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the report files (readiness.json, readiness.md, readiness.sarif, TEST-readiness.xml) so that a reader never
 * sees a half-written file: each is written to a temporary file beside it and moved into place.
 */
public final class ReportFiles {
    public static final String JSON = "readiness.json";
    public static final String MARKDOWN = "readiness.md";

    private ReportFiles() {}

    /** A renderer of a scorecard onto a writer. */
    @FunctionalInterface
    public interface Renderer {
        void render(Scorecard card, Writer out) throws IOException;
    }

    /** Writes readiness.json and readiness.md. */
    public static void writeAll(Scorecard card, Path directory) throws IOException {
        writeAll(card, directory, EnumSet.of(OutputFormat.JSON, OutputFormat.MARKDOWN));
    }

    /**
     * Writes the file of each format (in the enum's order) and returns the files written; GITHUB writes no file.
     * Nothing is added: a caller that needs readiness.json asks for JSON.
     */
    public static List<Path> writeAll(Scorecard card, Path directory, Set<OutputFormat> formats) throws IOException {
        return writeAll(card, directory, formats, "");
    }

    /**
     * Like {@link #writeAll(Scorecard, Path, Set)} for a module of a multi-module build: its readiness.sarif locations
     * get {@code folder} (the module's directory relative to the reactor root) in front, so code scanning resolves
     * them from the repository root.
     */
    public static List<Path> writeAll(Scorecard card, Path directory, Set<OutputFormat> formats, String folder)
            throws IOException {
        return write(directory, formats, format -> switch (format) {
            case JSON -> out -> JsonRenderer.write(card, out);
            case MARKDOWN -> out -> MarkdownRenderer.write(card, out);
            case SARIF -> out -> SarifRenderer.write(card, folder, out);
            case JUNIT -> out -> JunitRenderer.write(card, out);
            case GITHUB -> null;
        });
    }

    /** The reactor's readiness.json and readiness.md, in the top-level project's output directory. */
    public static void writeAll(ReactorResult reactor, Path directory) throws IOException {
        writeAll(reactor, directory, EnumSet.of(OutputFormat.JSON, OutputFormat.MARKDOWN));
    }

    /**
     * The reactor's file of each format (in the enum's order) in the reactor root's output directory; returns the
     * files written. readiness.sarif holds every module's findings with paths relative to the reactor root.
     */
    public static List<Path> writeAll(ReactorResult reactor, Path directory, Set<OutputFormat> formats)
            throws IOException {
        return write(directory, formats, format -> switch (format) {
            case JSON -> out -> JsonRenderer.write(reactor, out);
            case MARKDOWN -> out -> ReactorMarkdown.write(reactor, out);
            case SARIF -> out -> SarifRenderer.write(reactor, out);
            case JUNIT -> out -> JunitRenderer.write(reactor, out);
            case GITHUB -> null;
        });
    }

    private static List<Path> write(
            Path directory, Set<OutputFormat> formats, Function<OutputFormat, Content> contentOf) throws IOException {
        EnumSet<OutputFormat> ordered = EnumSet.noneOf(OutputFormat.class);
        ordered.addAll(formats);
        List<Path> written = new ArrayList<>();
        for (OutputFormat format : ordered) {
            Content content = contentOf.apply(format);
            if (content != null) {
                Path target = directory.resolve(format.fileName());
                writeAtomically(target, content);
                written.add(target);
            }
        }
        return written;
    }

    /** Text written onto a writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Scorecard card, Path target, Renderer renderer) throws IOException {
        writeAtomically(target, out -> renderer.render(card, out));
    }

    /** Writes UTF-8 text to a temporary file beside {@code target} and moves it into place. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        AtomicFiles.write(target, content::writeTo);
    }
}
