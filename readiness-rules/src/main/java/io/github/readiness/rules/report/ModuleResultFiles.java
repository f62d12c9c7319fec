package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.score.Scorecard;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked module's result as the reactor verdict reads it: files in the module's report directory, never objects.
 * The module may have been judged in another class realm of this build (a module with build extensions or plugin
 * repositories of its own gets one), or in an earlier build whose outputs the build cache restored. Two files:
 * {@code readiness.json} (the module's scorecard) and {@code readiness-module.json} (what readiness.json does not
 * hold: the rules the module evaluated and its JaCoCo counters, which the reactor sums). Both are deterministic.
 */
public final class ModuleResultFiles {
    /** The file beside readiness.json, written by every module of a multi-module build. */
    public static final String FILE = "readiness-module.json";

    private static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private ModuleResultFiles() {}

    /** Writes {@link #FILE} for this module's scorecard (readiness.json itself is written by {@link ReportFiles}). */
    public static Path write(Path directory, Scorecard card, Map<CounterType, Counter> coverage) throws IOException {
        Path file = directory.resolve(FILE);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
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

    /**
     * The module's result read back.
     *
     * @param project the module's coordinates and name, from the build (readiness.json holds no display name)
     * @param path the module's directory relative to the reactor root
     * @param known every rule the engine knows; the module's are taken from it by id, in the module's order
     * @throws IOException a file missing, unreadable or not as written; the message names the file
     */
    public static ModuleResult read(Path directory, ProjectInfo project, String path, List<RuleMetadata> known)
            throws IOException {
        Path moduleFile = directory.resolve(FILE);
        JsonNode module = node(moduleFile);
        Map<String, RuleMetadata> byId = new LinkedHashMap<>();
        known.forEach(rule -> byId.put(rule.id(), rule));
        List<RuleMetadata> rules = new java.util.ArrayList<>();
        for (Object id : module.list("rules")) {
            RuleMetadata rule = byId.get(String.valueOf(id));
            if (rule == null) {
                throw new IOException(moduleFile + ": unknown rule '" + id + "' (written by another plugin version?)");
            }
            rules.add(rule);
        }
        Map<CounterType, Counter> coverage = new EnumMap<>(CounterType.class);
        try {
            for (JsonNode counter : module.objects("coverage")) {
                coverage.put(CounterType.valueOf(counter.text("counter")),
                        new Counter(counter.integer("missed"), counter.integer("covered")));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(moduleFile + ": unexpected content (" + e.getMessage() + ")", e);
        }
        Path json = directory.resolve(ReportFiles.JSON);
        Scorecard card;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(json))) {
            card = ScorecardJsonReader.read(in, rules);
        } catch (NoSuchFileException e) {
            throw new IOException(json + " does not exist", e);
        } catch (IOException e) {
            throw new IOException(json + ": " + e.getMessage(), e);
        }
        return ModuleResult.checked(project, path, card, coverage);
    }

    private static JsonNode node(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            JsonNode node = JsonNode.of(JsonTree.read(in), FILE);
            if (node.integer("version") != VERSION) {
                throw new IOException(file + ": version " + node.integer("version") + " is not " + VERSION);
            }
            return node;
        } catch (NoSuchFileException e) {
            throw new IOException(file + " does not exist", e);
        }
    }
}
