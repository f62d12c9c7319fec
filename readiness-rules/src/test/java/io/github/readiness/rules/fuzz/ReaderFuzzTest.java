package io.github.readiness.rules.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.baseline.BaselineException;
import io.github.readiness.rules.baseline.BaselineReader;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.jacoco.JacocoExecAnalyzer;
import io.github.readiness.rules.evidence.jacoco.JacocoXmlReader;
import io.github.readiness.rules.evidence.junit.SurefireReportReader;
import io.github.readiness.rules.evidence.quality.CheckstyleXmlReader;
import io.github.readiness.rules.evidence.quality.PmdXmlReader;
import io.github.readiness.rules.evidence.quality.ReportedPaths;
import io.github.readiness.rules.evidence.quality.SpotBugsXmlReader;
import io.github.readiness.rules.evidence.security.DependencyCheckJsonReader;
import io.github.readiness.rules.evidence.security.DependencyCheckSarif;
import io.github.readiness.rules.evidence.security.DependencyCheckXmlReader;
import io.github.readiness.rules.evidence.security.SarifReader;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyLoader;
import io.github.readiness.rules.policy.file.TracedPolicy;
import io.github.readiness.rules.readback.ScorecardJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded mutation campaign over every reader of the gate, started from real files (the shared real
 * reports in the test resources, the golden outputs, the presets): each run flips, deletes, repeats or truncates
 * bytes, or splices in tokens that break parsers (quotes, brackets, huge or negative numbers, entities, NUL), and
 * hands the result to the reader. A reader may accept the file or refuse it with its documented one-line error
 * ({@link EvidenceException}, {@link BaselineException}, {@link PolicyException}, or {@link IOException} for
 * readiness.json); anything else (a RuntimeException, an error, a message over several lines) fails the test with the
 * seed and the mutations to reproduce it.
 *
 * <p>The ordinary build runs {@value #DEFAULT_ITERATIONS} mutations per reader (a few seconds in all). A longer
 * campaign: {@code mvn -o -pl readiness-rules test -Dtest=ReaderFuzzTest -Dreadiness.fuzz.iterations=20000}; one
 * case again: {@code -Dreadiness.fuzz.seed=<seed>} (with the reader's name in {@code -Dreadiness.fuzz.reader}).
 */
class ReaderFuzzTest {
    static final int DEFAULT_ITERATIONS = 30;
    /** Seeds larger than this are left to the long campaign: each mutation re-reads the whole file. */
    private static final int ORDINARY_SEED_LIMIT = 200_000;

    private static final String[] TOKENS = {
        "\"",
        "'",
        "<",
        ">",
        "</",
        "/>",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "-1",
        "-9223372036854775808",
        "99999999999999999999999",
        "1e400",
        "NaN",
        "null",
        "true",
        "\u0000",
        "&#0;",
        "&amp;",
        "&undefined;",
        "<!ENTITY x SYSTEM \"file:///etc/passwd\">",
        "<![CDATA[",
        "\\u0000",
        "\uFFFF",
        "\uD800",
        "\n",
        "<counter type=\"LINE\" missed=\"9223372036854775807\" covered=\"9223372036854775807\"/>",
        "{\"runs\": []}",
        "\"version\": \"2.1.0\""
    };

    private static final String[] EDGE_NUMBERS = {
        "2147483647",
        "2147483648",
        "4294967296",
        "9223372036854775807",
        "9223372036854775808",
        "99999999999999999999",
        "0",
        "00",
        "1e309",
        "1.7976931348623157E309",
        "-2147483649"
    };

    @TempDir
    Path dir;

    /** One reader: its name, its seed files, and how to read bytes with it. */
    private record Target(String name, List<String> seeds, Reader reader) {}

    @FunctionalInterface
    private interface Reader {
        void read(byte[] bytes, Path dir) throws Exception;
    }

    private static List<Target> targets() {
        Path shown = Path.of("target/report");
        Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();
        var rules = io.github.readiness.rules.rule.Rules.builtIn().stream()
                .map(r -> r.metadata())
                .toList();
        return List.of(
                new Target(
                        "jacoco-xml",
                        List.of(
                                "real-reports/bundle-4156team-rollercoaster/target/site/jacoco/jacoco.xml",
                                "real-reports/jacoco-sessiononly-dtd10-irurueta/jacoco.xml",
                                "real-reports/jacoco-empty-aggregate-cia/jacoco.xml"),
                        (bytes, dir) -> new JacocoXmlReader().readReport(in(bytes), shown)),
                new Target("jacoco-exec", List.of(EXEC_SEED), (bytes, dir) -> {
                    Path exec = Files.write(dir.resolve("fuzz.exec"), bytes);
                    new JacocoExecAnalyzer().analyze(List.of(exec), dir.resolve("classes"));
                }),
                new Target(
                        "surefire",
                        List.of(
                                "real-reports/spotbugs-4.9.8-vulnado/target/surefire-reports/"
                                        + "TEST-com.scalesec.vulnado.VulnadoApplicationTests.xml",
                                "real-reports/bundle-4156team-rollercoaster/target/surefire-reports/"
                                        + "TEST-com.java.rollercoaster.service.TicketServiceTest.xml"),
                        (bytes, dir) -> new SurefireReportReader().read(in(bytes), shown, "target/surefire-reports")),
                new Target(
                        "dependency-check-json",
                        List.of(
                                "real-reports/dc-json-6.0.2-openls/dependency-check-report.json",
                                "real-reports/dc-json-12.1.0-vulnjavaweb/dependency-check-report.json",
                                "real-reports/dc-json-12.2.2-schemaspy/dependency-check-report.json"),
                        (bytes, dir) -> new DependencyCheckJsonReader().read(in(bytes), shown)),
                new Target(
                        "dependency-check-xml",
                        List.of(
                                "real-reports/dc-xml-6.0.2-openls/dependency-check-report.xml",
                                "real-reports/dc-xml-12.1.0-vulnjavaweb/dependency-check-report.xml"),
                        (bytes, dir) -> new DependencyCheckXmlReader().read(in(bytes), shown)),
                new Target(
                        "sarif",
                        List.of(
                                "real-reports/sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif",
                                "golden/readiness.sarif",
                                "real-reports/sarif-codeql-2.11.0-altoroj/java.sarif"),
                        (bytes, dir) -> DependencyCheckSarif.audit(new SarifReader().read(in(bytes), shown))),
                new Target(
                        "spotbugs",
                        List.of(
                                "real-reports/spotbugs-4.9.8-vulnado/target/spotbugsXml.xml",
                                "real-reports/spotbugs-4.0.4-findsecbugs-labsecureapp/spotbugsXml.xml"),
                        (bytes, dir) -> new SpotBugsXmlReader().read(in(bytes), shown, ReportedPaths.asWritten())),
                new Target(
                        "pmd",
                        List.of("real-reports/pmd-5.0.5-aludratest/pmd.xml"),
                        (bytes, dir) -> new PmdXmlReader().read(in(bytes), shown, ReportedPaths.asWritten())),
                new Target(
                        "checkstyle",
                        List.of("real-reports/bundle-4156team-rollercoaster/target/checkstyle-result.xml"),
                        (bytes, dir) -> new CheckstyleXmlReader().read(in(bytes), shown, ReportedPaths.asWritten())),
                new Target(
                        "policy",
                        List.of(
                                "/io/github/readiness/rules/policy/presets/gold.yaml",
                                "/io/github/readiness/rules/policy/presets/silver.yaml",
                                POLICY_SEED),
                        (bytes, dir) -> {
                            Path file = Files.write(dir.resolve("readiness.yaml"), bytes);
                            new PolicyLoader(dir, ReaderFuzzTest.class.getClassLoader())
                                    .applyFile(TracedPolicy.of(defaults), file);
                        }),
                new Target(
                        "baseline",
                        List.of("golden/readiness-baseline.json"),
                        (bytes, dir) -> BaselineReader.read(in(bytes), "readiness-baseline.json")),
                new Target(
                        "readiness-json",
                        List.of("golden/readiness.json", "golden/readiness-waived.json"),
                        (bytes, dir) -> ScorecardJsonReader.read(in(bytes), rules)));
    }

    /** Written by the test itself (see {@link #seedBytes}): a session and two classes' probes. */
    private static final String EXEC_SEED = "generated:jacoco.exec";
    /** A policy with every section, so mutations reach each part of the applier. */
    private static final String POLICY_SEED = "generated:readiness.yaml";

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesMutatedInput() {
        int iterations = Integer.getInteger("readiness.fuzz.iterations", DEFAULT_ITERATIONS);
        Long onlySeed = Long.getLong("readiness.fuzz.seed");
        String onlyReader = System.getProperty("readiness.fuzz.reader");
        return targets().stream()
                .filter(t -> onlyReader == null || onlyReader.equals(t.name()))
                .map(t -> DynamicTest.dynamicTest(t.name(), () -> campaign(t, iterations, onlySeed)));
    }

    private void campaign(Target target, int iterations, Long onlySeed) throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String seed : target.seeds()) {
            byte[] bytes = seedBytes(seed);
            if (bytes.length <= ORDINARY_SEED_LIMIT || iterations > DEFAULT_ITERATIONS || onlySeed != null) {
                seeds.add(bytes);
                names.add(seed);
            }
        }
        // the unmutated seeds must be read as they are: a campaign from a refused seed would test nothing
        for (int s = 0; s < seeds.size(); s++) {
            target.reader().read(seeds.get(s), Files.createDirectories(dir.resolve("seed" + s)));
        }
        long first = onlySeed != null ? onlySeed : target.name().hashCode() * 1_000_003L;
        int count = onlySeed != null ? 1 : iterations;
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            Random random = new Random(seed);
            int which = random.nextInt(seeds.size());
            List<String> mutations = new ArrayList<>();
            byte[] mutated = mutate(seeds.get(which), random, mutations);
            Path work = Files.createDirectories(dir.resolve("run" + i));
            try {
                target.reader().read(mutated, work);
            } catch (EvidenceException | BaselineException | PolicyException | IOException e) {
                String message = e.getMessage();
                if (message == null || message.isBlank() || message.contains("\n")) {
                    fail(repro(target, seed, names.get(which), mutations) + ": not a one-line message: " + message, e);
                }
            } catch (Throwable e) {
                fail(repro(target, seed, names.get(which), mutations) + ": " + e, e);
            }
        }
    }

    private static String repro(Target target, long seed, String seedFile, List<String> mutations) {
        return target.name() + " seed " + seed + " (-Dreadiness.fuzz.reader=" + target.name()
                + " -Dreadiness.fuzz.seed=" + seed + ") on " + seedFile + " with " + mutations;
    }

    /** One to three mutations, each described for the failure message. */
    static byte[] mutate(byte[] input, Random random, List<String> described) {
        byte[] bytes = input;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 6 -> {
                    // a number replaced by one at the edge of its type: counts, times and scores must not overflow
                    int start = at;
                    while (start < bytes.length && (bytes[start] < '0' || bytes[start] > '9')) {
                        start++;
                    }
                    int end = start;
                    while (end < bytes.length && bytes[end] >= '0' && bytes[end] <= '9') {
                        end++;
                    }
                    String number = EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)];
                    described.add("number at " + start + " = " + number);
                    bytes = splice(bytes, start, end - start, number.getBytes(StandardCharsets.UTF_8));
                }
                case 0 -> {
                    if (bytes.length > 0) {
                        byte[] copy = bytes.clone();
                        copy[at] = (byte) random.nextInt(256);
                        described.add("byte " + at + " = " + (copy[at] & 0xff));
                        bytes = copy;
                    }
                }
                case 1 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    described.add("delete " + length + " at " + at);
                    bytes = splice(bytes, at, length, new byte[0]);
                }
                case 2 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(256));
                    byte[] part = java.util.Arrays.copyOfRange(bytes, at, at + length);
                    described.add("repeat " + length + " at " + at);
                    bytes = splice(bytes, at, 0, part);
                }
                case 3 -> {
                    described.add("truncate at " + at);
                    bytes = java.util.Arrays.copyOf(bytes, at);
                }
                default -> {
                    String token = TOKENS[random.nextInt(TOKENS.length)];
                    described.add("insert " + escape(token) + " at " + at);
                    bytes = splice(bytes, at, 0, token.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    private static String escape(String token) {
        StringBuilder text = new StringBuilder("'");
        for (char c : token.toCharArray()) {
            text.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.append("'").toString();
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] seedBytes(String seed) throws IOException {
        if (seed.equals(EXEC_SEED)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo("fuzz-session", 1_700_000_000_000L, 1_700_000_001_000L));
            writer.visitClassExecution(new ExecutionData(
                    0x1234_5678_9abcL, "com/acme/Calculator", new boolean[] {true, false, true, true}));
            writer.visitClassExecution(new ExecutionData(0x42L, "com/acme/Other", new boolean[] {false}));
            return out.toByteArray();
        }
        if (seed.equals(POLICY_SEED)) {
            return """
                    minScore: 85
                    rules:
                      coverage.line: {threshold: 80%, level: ERROR, weight: 2, effort: 10}
                      docs.changelog: {level: OFF}
                    security:
                      cvssPreference: V3
                      blockingSeverity: HIGH
                      maxAuditAgeDays: 14
                      secretAllowList: ["src/main/resources/dev/**"]
                    waiverSettings:
                      maxDaysAhead: 180
                    waivers:
                      - rule: coverage.line
                        match: legacy
                        reason: being written
                        owner: team
                        expires: 2027-03-31
                    """.getBytes(StandardCharsets.UTF_8);
        }
        String resource = seed.startsWith("/") ? seed : "/" + seed;
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("seed not on the test classpath: " + seed);
            }
            return in.readAllBytes();
        }
    }
}
