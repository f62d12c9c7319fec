package io.github.readiness.rules.model;

/** The sections of a readiness audit. Ids are part of readiness.json (schemaVersion 1). */
public enum Category {
    TEST_COVERAGE("test-coverage", "Test Coverage", 3),
    TESTS("tests", "Tests", 3),
    SECURITY("security", "Security", 3),
    DEPENDENCIES("dependencies", "Dependencies", 2),
    CODE_QUALITY("code-quality", "Code Quality", 2),
    DOCUMENTATION("documentation", "Documentation", 1),
    BUILD_RELEASE("build-release", "Build and Release", 1),
    CONFIGURATION("configuration", "Configuration", 1),
    /** Services only (N/A for a library): health checks, shutdown, containers, manifests. */
    DEPLOYMENT("deployment", "Deployment", 2),
    /** Services only: schema migrations and how the database is initialised. */
    DATA("data", "Data", 2),
    /** Services only: metrics, logging, tracing, error handling. */
    OBSERVABILITY("observability", "Observability", 2),
    /**
     * Load-test budgets and JMH benchmarks against the baseline. N/A without performance results (a library without
     * benchmarks); a service without any is told how to produce them.
     */
    PERFORMANCE("performance", "Performance", 2);

    private final String id;
    private final String displayName;
    private final int defaultWeight;

    Category(String id, String displayName, int defaultWeight) {
        this.id = id;
        this.displayName = displayName;
        this.defaultWeight = defaultWeight;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
