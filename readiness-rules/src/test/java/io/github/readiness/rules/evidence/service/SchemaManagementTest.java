package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaManagementTest {
    static final String JPA = "org.springframework.boot:spring-boot-starter-data-jpa";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "JPA without a migration tool",
                        classpath(JPA),
                        List.of(),
                        List.of("no tool: org.springframework.boot:spring-boot-starter-data-jpa (pom.xml:20)")),
                Arguments.of("JPA with Flyway", classpath(JPA, "org.flywaydb:flyway-core"), List.of(), List.of()),
                Arguments.of(
                        "Quarkus Panache with Liquibase",
                        classpath("io.quarkus:quarkus-hibernate-orm-panache", "io.quarkus:quarkus-liquibase"),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "ddl-auto update",
                        classpath(JPA, "org.flywaydb:flyway-core"),
                        List.of("spring.jpa.hibernate.ddl-auto=update"),
                        List.of(
                                "generation: spring.jpa.hibernate.ddl-auto=update (src/main/resources/application.properties:1)")),
                Arguments.of(
                        "ddl-auto none and validate",
                        classpath(JPA, "org.flywaydb:flyway-core"),
                        List.of("spring.jpa.hibernate.ddl-auto=none", "%prod.spring.jpa.hibernate.ddl-auto=validate"),
                        List.of()),
                Arguments.of(
                        "create-drop in a test profile only",
                        classpath(JPA, "org.flywaydb:flyway-core"),
                        List.of("%test.quarkus.hibernate-orm.database.generation=drop-and-create"),
                        List.of()),
                Arguments.of(
                        "petclinic: init scripts always against MySQL in a profile",
                        classpath(JPA, "org.flywaydb:flyway-core"),
                        List.of(
                                "%mysql.spring.datasource.url=${MYSQL_URL:jdbc:mysql://localhost/petclinic}",
                                "%mysql.spring.sql.init.mode=always"),
                        List.of(
                                "init: spring.sql.init.mode=always in profile mysql (src/main/resources/application.properties:2)"
                                        + " -> ${MYSQL_URL:jdbc:mysql://localhost/petclinic}")),
                Arguments.of(
                        "init scripts always against H2",
                        classpath(JPA, "org.flywaydb:flyway-core"),
                        List.of("spring.datasource.url=jdbc:h2:mem:test", "spring.sql.init.mode=always"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesTheSchemaManagement(
            String name, List<ClasspathArtifact> classpath, List<String> properties, List<String> expected) {
        SchemaManagement.Result result = SchemaManagement.check(service(classpath, properties.toArray(String[]::new)));
        List<String> found = new ArrayList<>();
        result.noMigrationTool()
                .ifPresent(m -> found.add("no tool: " + m.persistence().shown()));
        result.generation().forEach(g -> found.add("generation: " + g.setting().shown()));
        result.scriptInit()
                .forEach(s ->
                        found.add("init: " + s.mode().shown() + " -> " + s.url().value()));
        assertEquals(expected, found);
    }

    @Test
    void noPersistenceNoJudgement() {
        assertTrue(SchemaManagement.persistence(service(classpath("org.springframework.boot:spring-boot-starter-web")))
                .isEmpty());
    }

    @Test
    void embeddedUrls() {
        assertTrue(SchemaManagement.embedded("jdbc:h2:mem:x"));
        assertTrue(SchemaManagement.embedded("${DB:jdbc:hsqldb:mem:x}"));
        assertEquals(false, SchemaManagement.embedded("jdbc:postgresql://db/x"));
    }
}
