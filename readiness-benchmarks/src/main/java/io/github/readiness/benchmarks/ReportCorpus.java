package io.github.readiness.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Tool reports at scale, deterministic from a seed, in the shape of the real reports under the shared fixtures:
 * a dependency-check JSON report (dependencies with collected evidence, packages, some with vulnerabilities), a
 * SARIF file (one run, its rules, many results) and Surefire {@code TEST-*.xml} files.
 */
final class ReportCorpus {
    private static final String[] SEVERITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final String LOREM = "Improper validation of untrusted input in the parser allows a remote attacker"
            + " to cause a denial of service or read arbitrary files through crafted documents. ";

    private final long seed;

    ReportCorpus(long seed) {
        this.seed = seed;
    }

    /** A dependency-check JSON report of at least {@code targetBytes}; returns the number of dependencies. */
    int dependencyCheckJson(Path file, long targetBytes) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        int count = 0;
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("reportSchema", "1.1");
            json.writeObjectFieldStart("scanInfo");
            json.writeStringField("engineVersion", "12.2.2");
            json.writeEndObject();
            json.writeObjectFieldStart("projectInfo");
            json.writeStringField("name", "bench-module");
            json.writeStringField("groupID", "bench");
            json.writeStringField("artifactID", "bench-module");
            json.writeStringField("version", "1.0.0");
            json.writeStringField("reportDate", "2026-11-01T10:00:00Z");
            json.writeEndObject();
            json.writeArrayFieldStart("dependencies");
            while (json.getOutputBuffered() + countBytes(file) < targetBytes || count == 0) {
                dependency(json, random, count++);
                json.flush();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return count;
    }

    private static long countBytes(Path file) throws IOException {
        return Files.size(file);
    }

    private static void dependency(JsonGenerator json, Random random, int index) throws IOException {
        String artifact = "lib-" + index;
        String version = (1 + random.nextInt(5)) + "." + random.nextInt(20) + "." + random.nextInt(10);
        json.writeStartObject();
        json.writeBooleanField("isVirtual", false);
        json.writeStringField("fileName", artifact + "-" + version + ".jar");
        json.writeStringField(
                "filePath",
                "/home/runner/.m2/repository/org/example/" + artifact + "/" + version + "/" + artifact + "-" + version
                        + ".jar");
        json.writeStringField("sha1", Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
        json.writeStringField("description", LOREM.substring(0, 40 + random.nextInt(60)));
        json.writeArrayFieldStart("projectReferences");
        json.writeString("bench-module:compile");
        json.writeEndArray();
        json.writeObjectFieldStart("evidenceCollected");
        for (String kind : new String[] {"vendorEvidence", "productEvidence", "versionEvidence"}) {
            json.writeArrayFieldStart(kind);
            for (int e = 4 + random.nextInt(12); e > 0; e--) {
                json.writeStartObject();
                json.writeStringField("type", kind.replace("Evidence", ""));
                json.writeStringField("confidence", e % 3 == 0 ? "HIGH" : "MEDIUM");
                json.writeStringField("source", e % 2 == 0 ? "pom" : "Manifest");
                json.writeStringField("name", e % 2 == 0 ? "artifactid" : "Implementation-Title");
                json.writeStringField("value", artifact + (e % 2 == 0 ? "" : " " + version));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("packages");
        json.writeStartObject();
        json.writeStringField("id", "pkg:maven/org.example/" + artifact + "@" + version);
        json.writeStringField("confidence", "HIGH");
        json.writeEndObject();
        json.writeEndArray();
        if (random.nextInt(10) == 0) {
            json.writeArrayFieldStart("vulnerabilities");
            for (int v = 1 + random.nextInt(3); v > 0; v--) {
                vulnerability(json, random);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void vulnerability(JsonGenerator json, Random random) throws IOException {
        double score = Math.round(random.nextDouble() * 100) / 10.0;
        json.writeStartObject();
        json.writeStringField("source", "NVD");
        json.writeStringField("name", "CVE-20" + (10 + random.nextInt(16)) + "-" + (1000 + random.nextInt(90000)));
        json.writeStringField("severity", SEVERITIES[Math.min(3, (int) (score / 2.5))]);
        json.writeObjectFieldStart("cvssv3");
        json.writeNumberField("baseScore", score);
        json.writeStringField("attackVector", "NETWORK");
        json.writeStringField("baseSeverity", SEVERITIES[Math.min(3, (int) (score / 2.5))]);
        json.writeEndObject();
        json.writeArrayFieldStart("cwes");
        json.writeString("CWE-" + (20 + random.nextInt(900)));
        json.writeEndArray();
        json.writeStringField("description", LOREM.repeat(1 + random.nextInt(3)));
        json.writeArrayFieldStart("references");
        for (int r = 3 + random.nextInt(10); r > 0; r--) {
            json.writeStartObject();
            json.writeStringField("source", "security-advisories@github.com");
            json.writeStringField("url", "https://github.com/advisories/GHSA-" + Long.toString(random.nextLong(), 36));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("vulnerableSoftware");
        for (int s = 1 + random.nextInt(6); s > 0; s--) {
            json.writeStartObject();
            json.writeObjectFieldStart("software");
            json.writeStringField("id", "cpe:2.3:a:example:lib:*:*:*:*:*:*:*:*");
            json.writeStringField("versionEndExcluding", (2 + s) + ".0");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A SARIF 2.1.0 file with one run, 200 rules and {@code results} results. */
    void sarif(Path file, int results) throws IOException {
        Random random = new Random(seed + 1);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("version", "2.1.0");
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "CodeQL");
            json.writeStringField("semanticVersion", "2.11.0");
            json.writeArrayFieldStart("rules");
            for (int r = 0; r < 200; r++) {
                json.writeStartObject();
                json.writeStringField("id", "java/rule-" + r);
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", r % 3 == 0 ? "error" : "warning");
                json.writeEndObject();
                json.writeObjectFieldStart("properties");
                json.writeArrayFieldStart("tags");
                json.writeString(r % 4 == 0 ? "security" : "maintainability");
                json.writeEndArray();
                json.writeStringField("security-severity", String.valueOf(1 + r % 9) + ".5");
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (int i = 0; i < results; i++) {
                int rule = random.nextInt(200);
                json.writeStartObject();
                json.writeStringField("ruleId", "java/rule-" + rule);
                json.writeNumberField("ruleIndex", rule);
                json.writeObjectFieldStart("message");
                json.writeStringField(
                        "text", "Potential problem " + i + ": " + LOREM.substring(0, 30 + random.nextInt(80)));
                json.writeEndObject();
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeObjectFieldStart("physicalLocation");
                json.writeObjectFieldStart("artifactLocation");
                json.writeStringField("uri", "src/main/java/bench/p" + (i % 400) + "/C" + (i % 20_000) + ".java");
                json.writeEndObject();
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", 1 + random.nextInt(300));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code count} Surefire reports, 1-20 test cases each; about one in 200 cases failed, one in 50 skipped. */
    void surefireReports(Path directory, int count) throws IOException {
        Random random = new Random(seed + 2);
        Files.createDirectories(directory);
        for (int i = 0; i < count; i++) {
            String suite = "bench.p" + (i / 50) + ".C" + i + "Test";
            int cases = 1 + random.nextInt(20);
            StringBuilder body = new StringBuilder();
            int failures = 0;
            int skipped = 0;
            for (int c = 0; c < cases; c++) {
                body.append("  <testcase name=\"case")
                        .append(c)
                        .append("\" classname=\"")
                        .append(suite)
                        .append("\" time=\"0.00")
                        .append(random.nextInt(10))
                        .append("\"");
                int fate = random.nextInt(200);
                if (fate == 0) {
                    failures++;
                    body.append(
                                    ">\n    <failure message=\"expected: &lt;1&gt; but was: &lt;2&gt;\" type=\"org.opentest4j"
                                            + ".AssertionFailedError\">org.opentest4j.AssertionFailedError: expected\n\tat ")
                            .append(suite)
                            .append(".case")
                            .append(c)
                            .append("(")
                            .append("C")
                            .append(i)
                            .append("Test.java:42)\n</failure>\n  </testcase>\n");
                } else if (fate < 5) {
                    skipped++;
                    body.append(">\n    <skipped/>\n  </testcase>\n");
                } else {
                    body.append("/>\n");
                }
            }
            Path report = directory.resolve("TEST-" + suite + ".xml");
            try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/"
                        + "XMLSchema-instance\" name=\"" + suite + "\" time=\"0.1\" tests=\"" + cases
                        + "\" errors=\"0\""
                        + " skipped=\"" + skipped + "\" failures=\"" + failures + "\">\n  <properties>\n"
                        + "    <property name=\"java.version\" value=\"17.0.12\"/>\n  </properties>\n");
                out.write(body.toString());
                out.write("</testsuite>\n");
            }
        }
    }
}
