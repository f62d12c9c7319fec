package io.github.readiness.rules.evidence.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a service creates and changes its database schema: whether a persistence library is on the class path without
 * a migration tool, whether the ORM generates the schema in a configuration that may run in production, and whether
 * SQL scripts run on every start against a database that is not embedded. Reads the class path (any framework) and
 * the configuration of Spring Boot ({@code spring.jpa.hibernate.ddl-auto},
 * {@code spring.jpa.properties.hibernate.hbm2ddl.auto}, {@code spring.sql.init.mode} and its 2.x name
 * {@code spring.datasource.initialization-mode}), Quarkus ({@code quarkus.hibernate-orm.database.generation},
 * {@code quarkus.hibernate-orm.schema-management.strategy}) and Micronaut
 * ({@code jpa.default.properties.hibernate.hbm2ddl.auto}).
 */
public final class SchemaManagement {
    /** Persistence libraries: something keeps data in a schema someone has to evolve. */
    static final List<String> PERSISTENCE = List.of(
            "org.springframework.boot:spring-boot-starter-data-jpa",
            "org.springframework.boot:spring-boot-starter-data-jdbc",
            "org.springframework.boot:spring-boot-starter-jdbc",
            "org.springframework.boot:spring-boot-starter-jooq",
            "org.springframework.boot:spring-boot-starter-data-r2dbc",
            "io.quarkus:quarkus-hibernate-orm*",
            "io.quarkus:quarkus-hibernate-reactive*",
            "io.micronaut.data:micronaut-data-jdbc",
            "io.micronaut.data:micronaut-data-r2dbc",
            "io.micronaut.data:micronaut-data-hibernate-*",
            "org.hibernate.orm:hibernate-core",
            "org.hibernate:hibernate-core",
            "org.jooq:jooq",
            "org.mybatis:mybatis",
            "org.springframework.data:spring-data-jdbc",
            "jakarta.persistence:jakarta.persistence-api",
            "javax.persistence:javax.persistence-api");

    /** Migration tools, and the frameworks' integrations of them. */
    static final List<String> MIGRATION_TOOLS = List.of(
            "org.flywaydb:*",
            "org.liquibase:*",
            "io.quarkus:quarkus-flyway*",
            "io.quarkus:quarkus-liquibase*",
            "io.micronaut.flyway:*",
            "io.micronaut.liquibase:*",
            "org.springframework.boot:spring-boot-starter-flyway",
            "org.springframework.boot:spring-boot-starter-liquibase",
            "org.springframework.boot:spring-boot-flyway",
            "org.springframework.boot:spring-boot-liquibase");

    /** Settings by which the ORM creates or changes the schema at start-up. */
    static final List<String> SCHEMA_GENERATION = List.of(
            "spring.jpa.hibernate.ddl-auto",
            "spring.jpa.properties.hibernate.hbm2ddl.auto",
            "quarkus.hibernate-orm.database.generation",
            "quarkus.hibernate-orm.schema-management.strategy",
            "jpa.default.properties.hibernate.hbm2ddl.auto");

    static final Set<String> GENERATING = Set.of("update", "create", "create-drop", "drop-and-create", "drop");

    /** Databases Spring Boot counts as embedded (its {@code spring.sql.init.mode=embedded} default). */
    static final List<String> EMBEDDED_URLS = List.of("jdbc:h2:", "jdbc:hsqldb:", "jdbc:derby:");

    /** A persistence library with no migration tool on the class path. */
    public record NoMigrationTool(ClasspathArtifact persistence) {}

    /** The ORM generates the schema: {@code setting} is update, create, create-drop... */
    public record SchemaGeneration(ConfigProperty setting, String profile) {}

    /** SQL init scripts run on every start ({@code mode}) against a database that is not embedded ({@code url}). */
    public record ScriptInit(ConfigProperty mode, ConfigProperty url, String profile) {}

    /** What was found; empty lists when all is well. */
    public record Result(
            Optional<NoMigrationTool> noMigrationTool, List<SchemaGeneration> generation, List<ScriptInit> scriptInit) {
        public boolean isEmpty() {
            return noMigrationTool.isEmpty() && generation.isEmpty() && scriptInit.isEmpty();
        }
    }

    private SchemaManagement() {}

    /** Whether the service keeps data in a schema at all (else the rule is N/A). */
    public static Optional<ClasspathArtifact> persistence(ServiceEvidence service) {
        return service.find(PERSISTENCE.toArray(String[]::new));
    }

    public static Result check(ServiceEvidence service) {
        Optional<ClasspathArtifact> persistence = persistence(service);
        Optional<NoMigrationTool> missing = persistence.isPresent()
                        && service.find(MIGRATION_TOOLS.toArray(String[]::new)).isEmpty()
                ? Optional.of(new NoMigrationTool(persistence.get()))
                : Optional.empty();
        ApplicationConfig config = service.config();
        List<SchemaGeneration> generation = new ArrayList<>();
        List<ScriptInit> scripts = new ArrayList<>();
        for (String profile : config.productionProfiles()) {
            for (String key : SCHEMA_GENERATION) {
                config.get(key, profile)
                        .filter(p -> GENERATING.contains(lower(p.value())))
                        .filter(p -> generation.stream().noneMatch(g -> g.setting() == p))
                        .ifPresent(p -> generation.add(new SchemaGeneration(p, profile)));
            }
            Optional<ConfigProperty> mode = config.get("spring.sql.init.mode", profile)
                    .or(() -> config.get("spring.datasource.initialization-mode", profile));
            Optional<ConfigProperty> url = config.get("spring.datasource.url", profile);
            if (mode.isPresent()
                    && lower(mode.get().value()).equals("always")
                    && url.isPresent()
                    && !embedded(url.get().value())
                    && scripts.stream().noneMatch(s -> s.mode() == mode.get() && s.url() == url.get())) {
                scripts.add(new ScriptInit(mode.get(), url.get(), profile));
            }
        }
        return new Result(missing, generation, scripts);
    }

    /** A JDBC URL of H2, HSQLDB or Derby, also as the default of a placeholder ({@code ${DB_URL:jdbc:h2:mem:x}}). */
    static boolean embedded(String url) {
        String text = lower(url);
        String jdbc = text.contains("jdbc:") ? text.substring(text.indexOf("jdbc:")) : text;
        return !text.contains("jdbc:") || EMBEDDED_URLS.stream().anyMatch(jdbc::startsWith);
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
