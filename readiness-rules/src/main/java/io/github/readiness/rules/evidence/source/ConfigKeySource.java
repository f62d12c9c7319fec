package io.github.readiness.rules.evidence.source;

/** How code reads a configuration key. */
public enum ConfigKeySource {
    /** {@code System.getenv("KEY")}. */
    ENVIRONMENT,
    /** {@code System.getProperty("key")} (JVM standard properties excluded). */
    SYSTEM_PROPERTY,
    /** Spring {@code @Value("${key}")}. */
    SPRING_VALUE,
    /** A {@code ${KEY}} placeholder in application*.properties/yml. */
    PLACEHOLDER
}
