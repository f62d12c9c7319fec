package io.github.readiness.maven.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readiness.rules.model.Percent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reactor root's readiness.json holds beyond a scorecard, for the site page at the root: one row per module
 * and the reactor's aggregated coverage, as the reactor step wrote them (nothing is computed here).
 *
 * @param coverageSource where the aggregated coverage comes from ("modules summed", or the report-aggregate XML)
 */
public record ReactorView(List<ModuleRow> modules, String coverageSource, List<CoverageRow> coverage) {
    public ReactorView {
        modules = List.copyOf(modules);
        coverage = List.copyOf(coverage);
    }

    /** A module as the reactor result lists it; verdict and score are "-" for a module that was not checked. */
    public record ModuleRow(String module, String path, String status, String verdict, String score, String blockers) {}

    /** One aggregated JaCoCo counter. */
    public record CoverageRow(String counter, long covered, long missed, String ratio) {}

    /** The reactor part of a readiness.json, or null when it is a single module's (no {@code modules[]}). */
    public static ReactorView read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode modules = root == null ? null : root.path("modules");
        if (modules == null || !modules.isArray() || modules.isEmpty()) {
            return null;
        }
        List<ModuleRow> rows = new ArrayList<>();
        for (JsonNode module : modules) {
            rows.add(new ModuleRow(
                    module.path("module").asText(),
                    module.path("path").asText(),
                    module.path("status").asText(),
                    text(module, "verdict"),
                    text(module, "score"),
                    text(module, "blockers")));
        }
        JsonNode aggregated = root.path("reactor").path("aggregatedCoverage");
        List<CoverageRow> coverage = new ArrayList<>();
        aggregated
                .path("coverage")
                .fields()
                .forEachRemaining(counter -> coverage.add(new CoverageRow(
                        counter.getKey(),
                        counter.getValue().path("covered").asLong(),
                        counter.getValue().path("missed").asLong(),
                        counter.getValue().hasNonNull("ratio")
                                ? Percent.measured(
                                        counter.getValue().get("ratio").asDouble())
                                : "-")));
        return new ReactorView(rows, aggregated.path("source").asText("-"), coverage);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "-";
    }
}
