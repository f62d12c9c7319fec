package io.github.readiness.rules.baseline;

import static io.github.readiness.rules.GoldenFiles.assertGolden;
import static io.github.readiness.rules.baseline.BaselineFixtures.baselineOf;
import static io.github.readiness.rules.baseline.BaselineFixtures.build;
import static io.github.readiness.rules.baseline.BaselineFixtures.failing;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineWriterTest {
    /** 71.3 % of lines, 65 % of branches, two failing tests: four findings. */
    static Baseline sample() {
        return baselineOf(build(713, 287, 130, 70, failing("RefundTest#refundsTwice"), failing("CardTest#expires")));
    }

    static String written(Baseline baseline) throws IOException {
        StringWriter out = new StringWriter();
        BaselineWriter.write(baseline, out);
        return out.toString();
    }

    @Test
    void matchesGoldenFile() throws IOException {
        assertGolden("readiness-baseline.json", written(sample()));
    }

    @Test
    void recordsScoresCoverageAndOneSortedEntryPerUnwaivedFinding() {
        Baseline baseline = sample();
        assertEquals("com.acme:payments", baseline.project());
        assertEquals(0.713, baseline.coverage().line());
        assertEquals(0.65, baseline.coverage().branch());
        assertEquals(
                List.of(
                        "coverage.branch branch",
                        "coverage.line line",
                        "tests.failures com.acme.pay.CardTest#expires",
                        "tests.failures com.acme.pay.RefundTest#refundsTwice"),
                baseline.findings().stream().map(f -> f.rule() + " " + f.key()).toList());
        assertEquals(Category.values().length, baseline.categories().size(), "every shown category, N/A included");
        assertNull(baseline.score(Category.SECURITY), "no audit: N/A");
    }

    @Test
    void leavesOutWaivedFindingsAndTheRatchetsOwn() {
        Scorecard card = BaselineFixtures.card(build(90, 10, 8, 2), BaselineFixtures.POLICY);
        List<Finding> findings = new ArrayList<>(card.findings());
        findings.add(new Finding(
                "coverage.line",
                Category.TEST_COVERAGE,
                Severity.HIGH,
                true,
                "line",
                "waived",
                null,
                null,
                null,
                "fix",
                5,
                true));
        findings.add(new Finding(
                "baseline.ratchet",
                Category.BUILD_RELEASE,
                Severity.HIGH,
                true,
                "score",
                "fell",
                null,
                null,
                null,
                "fix",
                0,
                false));
        findings.add(new Finding(
                "security.secrets",
                Category.SECURITY,
                Severity.CRITICAL,
                true,
                "src/A.java 0123abcd",
                "secret",
                null,
                null,
                new Location("src/A.java", 3),
                "fix",
                5,
                false));
        Scorecard withOthers = Scorecard.builder(card.tool(), card.project())
                .score(card.score(), card.minScore())
                .verdict(card.verdict(), card.verdictReasons())
                .categories(card.categories())
                .findings(findings)
                .evidence(card.evidence())
                .rules(card.rules())
                .build();
        Baseline baseline = Baseline.of(withOthers, build(90, 10, 8, 2));
        assertEquals(
                List.of("security.secrets"),
                baseline.findings().stream().map(Baseline.KnownFinding::rule).toList());
    }

    @Test
    void theSameBuildGivesAByteIdenticalFileWhateverTheFindingOrder(@TempDir Path dir) throws IOException {
        Baseline baseline = sample();
        List<Baseline.KnownFinding> shuffled = new ArrayList<>(baseline.findings());
        Collections.reverse(shuffled);
        Baseline reordered = new Baseline(
                baseline.project(), baseline.score(), baseline.categories(), baseline.coverage(), shuffled);
        BaselineFile.write(baseline, dir.resolve("first.json"));
        BaselineFile.write(reordered, dir.resolve("second.json"));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("first.json")), Files.readAllBytes(dir.resolve("second.json")));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameBaseline() throws IOException, BaselineException {
        Baseline baseline = sample();
        byte[] bytes = written(baseline).getBytes(StandardCharsets.UTF_8);
        assertEquals(baseline, BaselineReader.read(new ByteArrayInputStream(bytes), "readiness-baseline.json"));
    }

    @Test
    void coverageNotMeasuredIsWrittenAsNull() throws IOException {
        Baseline none = new Baseline("g:a", null, List.of(), CoverageRatios.NOT_MEASURED, List.of());
        assertEquals(
                "{\n  \"schemaVersion\": 1,\n  \"project\": \"g:a\",\n  \"score\": null,\n  \"categories\": [ ],\n"
                        + "  \"coverage\": {\n    \"line\": null,\n    \"branch\": null\n  },\n  \"findings\": [ ]\n}\n",
                written(none));
    }
}
