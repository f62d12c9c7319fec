package io.github.readiness.rules.evidence.service;

/** An application framework the service rules understand; a rule is N/A for a framework it does not name. */
public enum Framework {
    SPRING_BOOT("Spring Boot"),
    QUARKUS("Quarkus"),
    MICRONAUT("Micronaut"),
    /** A war or ear of plain Jakarta EE / MicroProfile, deployed to an application server. */
    JAKARTA_EE("Jakarta EE");

    private final String displayName;

    Framework(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
