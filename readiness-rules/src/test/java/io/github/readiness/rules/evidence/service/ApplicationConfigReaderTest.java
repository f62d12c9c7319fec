package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationConfigReaderTest {
    @TempDir
    Path base;

    @Test
    void propertiesKeepTheirLineThroughContinuationsAndEscapes() throws IOException {
        write(
                base.resolve("res"),
                "application.properties",
                String.join(
                        "\n",
                        "# comment",
                        "",
                        "management.endpoints.web.exposure.include=health,\\",
                        "   info,env",
                        "spring.datasource.url : jdbc\\:h2\\:mem\\:db",
                        "%prod.quarkus.hibernate-orm.database.generation=update"));
        ApplicationConfig config = ApplicationConfigReader.read(base, List.of(base.resolve("res")));
        assertEquals(List.of("res/application.properties"), config.files());
        assertEquals(
                "management.endpoints.web.exposure.include=health,info,env (res/application.properties:3)",
                config.get("management.endpoints.web.exposure.include")
                        .orElseThrow()
                        .shown());
        assertEquals(
                "jdbc:h2:mem:db",
                config.get("spring.datasource.url").orElseThrow().value());
        assertEquals(
                "quarkus.hibernate-orm.database.generation=update in profile prod (res/application.properties:6)",
                config.get("quarkus.hibernate-orm.database.generation", "prod")
                        .orElseThrow()
                        .shown());
        assertTrue(config.get("quarkus.hibernate-orm.database.generation").isEmpty());
    }

    @Test
    void yamlDocumentsListsAndProfileFiles() throws IOException {
        write(
                base.resolve("res"),
                "application.yml",
                String.join(
                        "\n",
                        "management:",
                        "  endpoints:",
                        "    web:",
                        "      exposure:",
                        "        include: [health, info]",
                        "---",
                        "spring:",
                        "  config:",
                        "    activate:",
                        "      on-profile: prod",
                        "management.endpoints.web.exposure.include: '*'"),
                "application-mysql.properties",
                "spring.sql.init.mode=always\n");
        ApplicationConfig config = ApplicationConfigReader.read(base, List.of(base.resolve("res")));
        assertEquals(List.of("res/application.yml", "res/application-mysql.properties"), config.files());
        assertEquals(
                "health,info",
                config.get("management.endpoints.web.exposure.include")
                        .orElseThrow()
                        .value());
        assertEquals(
                "management.endpoints.web.exposure.include=* in profile prod (res/application.yml:11)",
                config.get("management.endpoints.web.exposure.include", "prod")
                        .orElseThrow()
                        .shown());
        assertEquals(
                "mysql",
                config.get("spring.sql.init.mode", "mysql").orElseThrow().profile());
        assertEquals(
                List.of("default", "mysql", "prod"),
                config.productionProfiles().stream()
                        .map(p -> p == null ? "default" : p)
                        .toList());
    }

    @Test
    void invalidYamlIsANoteNamingTheFileAndLineNotAnException() throws IOException {
        write(
                base.resolve("res"),
                "application.yml",
                "server:\n  port: 8080\n   bad: [\n",
                "application.properties",
                "a=b\n");
        ApplicationConfig config = ApplicationConfigReader.read(base, List.of(base.resolve("res")));
        assertEquals(List.of("res/application.properties"), config.files());
        assertEquals(1, config.notes().size());
        assertTrue(
                config.notes().get(0).startsWith("res/application.yml:3: not valid YAML ("),
                config.notes().get(0));
        assertTrue(
                config.notes().get(0).endsWith("; its settings were not read"),
                config.notes().get(0));
    }

    @Test
    void devAndTestProfilesAreNotProduction() {
        assertTrue(ApplicationConfig.isNonProduction("dev"));
        assertTrue(ApplicationConfig.isNonProduction("test,local"));
        assertEquals(false, ApplicationConfig.isNonProduction("prod"));
        assertEquals(false, ApplicationConfig.isNonProduction("dev,prod"));
    }
}
