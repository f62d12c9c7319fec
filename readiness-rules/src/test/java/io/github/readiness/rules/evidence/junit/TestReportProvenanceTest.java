package io.github.readiness.rules.evidence.junit;

import static io.github.readiness.rules.evidence.junit.TestReportCollectorTest.suite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.TestEvidence;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test reports judged by what the build did: in a lifecycle build, reports older than its start are not its own. */
class TestReportProvenanceTest {
    private static final Instant START = Instant.parse("2026-11-20T12:00:00Z");
    private static final FileTime COMPILED = FileTime.from(START.minusSeconds(3600));
    private static final FileTime EARLIER = FileTime.from(START.minusSeconds(90));
    private static final FileTime DURING = FileTime.from(START.plusSeconds(20));
    private static final String SUREFIRE = "target/surefire-reports";

    @TempDir
    Path base;

    private TestReportCollectorTest.Project project;

    @BeforeEach
    void compile() throws Exception {
        project = new TestReportCollectorTest.Project(base);
        project.mainClass();
        project.testClass("com/acme/CartTest.class", COMPILED);
    }

    private Collected<TestEvidence> collect(boolean runsTests) throws Exception {
        TestReportRequest defaults = TestReportRequest.defaults(base, null);
        return new TestReportCollector()
                .collect(new TestReportRequest(
                        base,
                        defaults.reportDirectories(),
                        defaults.classesDirectory(),
                        defaults.testClassesDirectory(),
                        new BuildProvenance(START, runsTests, null, null, "src/main/java")));
    }

    @Test
    void onlyReportsOfAnEarlierRunAreNotThisBuildsEvidence() throws Exception {
        project.report(SUREFIRE, "TEST-com.acme.CartTest.xml", suite("com.acme.CartTest", 2, 0, 0), EARLIER);

        Collected<TestEvidence> collected = collect(true);

        assertEquals(EvidenceStatus.NOT_RUN, collected.status());
        assertEquals(
                "target/surefire-reports/TEST-com.acme.CartTest.xml was written 90 s before this build started:"
                        + " this build ran no test that reports there (skipped, or filtered out by -Dtest or the POM), so"
                        + " these reports are from an earlier run; run mvn clean verify",
                collected.detail());
    }

    @Test
    void earlierReportsNextToThisBuildsAreLeftOutAndCounted() throws Exception {
        project.report(SUREFIRE, "TEST-com.acme.CartTest.xml", suite("com.acme.CartTest", 2, 0, 0), DURING);
        project.report(SUREFIRE, "TEST-com.acme.RenamedTest.xml", suite("com.acme.RenamedTest", 3, 1, 0), EARLIER);

        Collected<TestEvidence> collected = collect(true);

        assertEquals(EvidenceStatus.READ, collected.status());
        assertEquals(2, collected.value().summary().tests());
        assertEquals(
                new EvidenceRecord(
                        "surefire",
                        SUREFIRE,
                        EvidenceStatus.READ,
                        "1 report; left out 1 report from an"
                                + " earlier run (target/surefire-reports/TEST-com.acme.RenamedTest.xml was written 90 s before this"
                                + " build started)"),
                collected.records().get(0));
    }

    @Test
    void aStandaloneCheckReadsEarlierReports() throws Exception {
        project.report(SUREFIRE, "TEST-com.acme.CartTest.xml", suite("com.acme.CartTest", 2, 0, 0), EARLIER);

        Collected<TestEvidence> collected = collect(false);

        assertEquals(EvidenceStatus.READ, collected.status());
        assertEquals(List.of(2), List.of(collected.value().summary().tests()));
    }
}
