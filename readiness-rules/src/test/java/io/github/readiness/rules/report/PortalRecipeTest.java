package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The developer-portal recipe (src/site/markdown/portals.md): its sample readiness.json stays valid against the
 * published schema, and the documented mapping gives the documented portal record (issue 17 item 13).
 */
class PortalRecipeTest {
    private static final Path PORTAL = ReadinessSchemaTest.projectRoot().resolve("src/site/resources/portal");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theSampleIsAValidReadinessJson() throws IOException {
        JsonNode sample =
                MAPPER.readTree(PORTAL.resolve("readiness-sample.json").toFile());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(ReadinessSchemaTest.SCHEMA.toUri().toString()));
        assertEquals(java.util.Set.of(), schema.validate(sample));
    }

    /** The mapping of the recipe's table, field by field, gives the sample portal record. */
    @Test
    void theMappingGivesTheDocumentedPortalRecord() throws IOException {
        JsonNode in = MAPPER.readTree(PORTAL.resolve("readiness-sample.json").toFile());
        ObjectNode out = MAPPER.createObjectNode();
        out.put(
                "entity",
                in.at("/project/groupId").asText() + ":"
                        + in.at("/project/artifactId").asText());
        out.set("version", in.at("/project/version"));
        out.set("score", in.at("/score"));
        out.set("minScore", in.at("/minScore"));
        out.set("verdict", in.at("/verdict"));
        out.put("ready", in.at("/verdict").asText().equals("READY"));
        out.set(
                "maturityLevel",
                in.at("/maturity/level").isMissingNode() ? MAPPER.nullNode() : in.at("/maturity/level"));
        int blockers = 0;
        for (JsonNode finding : in.get("findings")) {
            blockers += finding.get("blocking").asBoolean()
                            && !finding.get("waived").asBoolean()
                    ? 1
                    : 0;
        }
        out.put("blockers", blockers);
        out.set("effortMinutes", in.at("/effortMinutes"));
        ObjectNode categories = out.putObject("categories");
        in.get("categories").forEach(c -> categories.set(c.get("id").asText(), c.get("score")));
        out.put(
                "tool",
                in.at("/tool/name").asText() + " " + in.at("/tool/version").asText());

        assertEquals(MAPPER.readTree(PORTAL.resolve("readiness-portal.json").toFile()), out);
    }

    /** Where jq is installed, the recipe's own filter gives the same record. */
    @Test
    void theJqFilterGivesTheDocumentedPortalRecord() throws Exception {
        Process jq;
        try {
            jq = new ProcessBuilder(List.of(
                            "jq",
                            "-f",
                            PORTAL.resolve("readiness-to-portal.jq").toString(),
                            PORTAL.resolve("readiness-sample.json").toString()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "jq is not installed: " + e.getMessage());
            return;
        }
        assumeTrue(jq.waitFor(30, TimeUnit.SECONDS), "jq did not finish");
        String output = new String(jq.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jq.exitValue(), output);
        assertEquals(MAPPER.readTree(PORTAL.resolve("readiness-portal.json").toFile()), MAPPER.readTree(output));
    }
}
