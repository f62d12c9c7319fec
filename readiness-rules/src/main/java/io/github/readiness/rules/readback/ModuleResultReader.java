package io.github.readiness.rules.readback;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.report.ModuleResultFiles;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked module's result read back from the files {@link ModuleResultFiles} wrote in its report directory
 * (readiness.json and readiness-module.json), for the reactor verdict.
 */
public final class ModuleResultReader {
    private ModuleResultReader() {}

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
        Path moduleFile = directory.resolve(ModuleResultFiles.FILE);
        JsonObject module = node(moduleFile);
        Map<String, RuleMetadata> byId = new LinkedHashMap<>();
        known.forEach(rule -> byId.put(rule.id(), rule));
        List<RuleMetadata> rules = new ArrayList<>();
        for (String id : module.texts("rules")) {
            RuleMetadata rule = byId.get(id);
            if (rule == null) {
                throw new IOException(moduleFile + ": unknown rule '" + id + "' (written by another plugin version?)");
            }
            rules.add(rule);
        }
        Map<CounterType, Counter> coverage = new EnumMap<>(CounterType.class);
        try {
            for (JsonObject counter : module.objects("coverage")) {
                coverage.put(
                        CounterType.valueOf(counter.text("counter")),
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

    private static JsonObject node(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            JsonObject node = JsonObject.read(in, ModuleResultFiles.FILE);
            if (node.integer("version") != ModuleResultFiles.VERSION) {
                throw new IOException(
                        file + ": version " + node.integer("version") + " is not " + ModuleResultFiles.VERSION);
            }
            return node;
        } catch (NoSuchFileException e) {
            throw new IOException(file + " does not exist", e);
        }
    }
}
