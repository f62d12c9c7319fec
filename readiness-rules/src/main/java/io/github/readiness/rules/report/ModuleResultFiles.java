package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A checked module's result as the reactor verdict reads it: files in the module's report directory, never objects.
 * The module may have been judged in another class realm of this build (a module with build extensions or plugin
 * repositories of its own gets one), or in an earlier build whose outputs the build cache restored. Two files:
 * {@code readiness.json} (the module's scorecard) and {@code readiness-module.json} (what readiness.json does not
 * hold: the rules the module evaluated and its JaCoCo counters, which the reactor sums). Both are deterministic;
 * {@link ModuleResultReader} reads them back.
 */
public final class ModuleResultFiles {
    /** The file beside readiness.json, written by every module of a multi-module build. */
    public static final String FILE = "readiness-module.json";

    /** The version of {@link #FILE} this plugin writes and reads. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ModuleResultFiles() {}

    /** Writes {@link #FILE} for this module's scorecard (readiness.json itself is written by {@link ReportFiles}). */
    public static Path write(Path directory, Scorecard card, Map<CounterType, Counter> coverage) throws IOException {
        Path file = directory.resolve(FILE);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty =
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        ReportFiles.writeAtomically(file, out -> {
            try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeNumberField("version", VERSION);
                json.writeArrayFieldStart("rules");
                for (RuleMetadata rule : card.rules()) {
                    json.writeString(rule.id());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("coverage");
                for (CounterType type : CounterType.values()) {
                    Counter counter = coverage.get(type);
                    if (counter != null) {
                        json.writeStartObject();
                        json.writeStringField("counter", type.name());
                        json.writeNumberField("missed", counter.missed());
                        json.writeNumberField("covered", counter.covered());
                        json.writeEndObject();
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.write('\n');
        });
        return file;
    }

    /** Whether the directory holds a module result (both files). */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(ReportFiles.JSON)) && Files.isRegularFile(directory.resolve(FILE));
    }
}
