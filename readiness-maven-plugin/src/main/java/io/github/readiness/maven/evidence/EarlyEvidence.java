package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.jacoco.CoverageCollector;
import io.github.readiness.rules.evidence.jacoco.CoverageRequest;
import io.github.readiness.rules.evidence.junit.TestReportCollector;
import io.github.readiness.rules.evidence.junit.TestReportRequest;
import io.github.readiness.rules.evidence.source.SourceRequest;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.evidence.source.SourceScanner;

/**
 * The evidence that needs no policy, started when the goal begins, each reader on its own thread: the source scan,
 * coverage and the test reports (on a first build, after {@code mvn clean}, coverage is JaCoCo's analysis of every
 * class). The goal's thread meanwhile loads the policy and then reads what does need it. What each
 * reader returns, and the order in which their errors surface (the policy's first, then coverage's, then the test
 * reports'), are those of reading them in place; only the waiting overlaps.
 */
public final class EarlyEvidence {
    /** Coverage and test results. */
    record Measured(Collected<CoverageEvidence> coverage, Collected<TestEvidence> tests) {}

    /** Carries a reader's one-line error across the thread. */
    private static final class Failed extends RuntimeException {
        private Failed(EvidenceException cause) {
            super(cause);
        }
    }

    private final BuildProvenance provenance;
    private final BackgroundTask<Collected<SourceScan>> sources;
    private final BackgroundTask<Collected<CoverageEvidence>> coverage;
    private final BackgroundTask<Collected<TestEvidence>> tests;

    private EarlyEvidence(
            BuildProvenance provenance,
            BackgroundTask<Collected<SourceScan>> sources,
            BackgroundTask<Collected<CoverageEvidence>> coverage,
            BackgroundTask<Collected<TestEvidence>> tests) {
        this.provenance = provenance;
        this.sources = sources;
        this.coverage = coverage;
        this.tests = tests;
    }

    /** Builds the requests on the caller's thread (they read the Maven model), then starts the three readers. */
    static EarlyEvidence start(SourceRequest sourceRequest, CoverageRequest coverage, TestReportRequest tests) {
        BackgroundTask<Collected<SourceScan>> sources =
                BackgroundTask.start("readiness-source-scan", () -> new SourceScanner().scan(sourceRequest));
        BackgroundTask<Collected<CoverageEvidence>> measured = BackgroundTask.start("readiness-coverage", () -> {
            try {
                return new CoverageCollector().collect(coverage);
            } catch (EvidenceException e) {
                throw new Failed(e);
            }
        });
        BackgroundTask<Collected<TestEvidence>> results = BackgroundTask.start("readiness-test-reports", () -> {
            try {
                return new TestReportCollector().collect(tests);
            } catch (EvidenceException e) {
                throw new Failed(e);
            }
        });
        return new EarlyEvidence(coverage.provenance(), sources, measured, results);
    }

    BuildProvenance provenance() {
        return provenance;
    }

    /** Coverage, then the test results: an error of coverage's comes first, as when they were read in turn. */
    Measured measured() throws EvidenceException {
        try {
            Collected<CoverageEvidence> covered = coverage.join();
            return new Measured(covered, tests.join());
        } catch (Failed e) {
            throw (EvidenceException) e.getCause();
        }
    }

    Collected<SourceScan> sources() {
        return sources.join();
    }

    /** Stops them all when the goal failed before using them. */
    void abandon() {
        sources.abandon();
        coverage.abandon();
        tests.abandon();
    }
}
