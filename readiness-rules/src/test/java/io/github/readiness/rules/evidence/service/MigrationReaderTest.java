package io.github.readiness.rules.evidence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationReaderTest {
    @TempDir
    Path dir;

    private Path resources() throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources.resolve("db/migration"));
        Files.createDirectories(resources.resolve("db/changelog"));
        return resources;
    }

    private static List<String> shown(Migrations migrations) {
        return migrations.changes().stream()
                .map(c -> c.kind() + " " + c.location())
                .toList();
    }

    @Test
    void oneChangePerUnsafeStatementAtItsFirstLine() throws IOException {
        Path resources = resources();
        Files.writeString(resources.resolve("db/migration/V2__changes.sql"), """
                -- DROP TABLE in a comment is nothing
                CREATE TABLE item_tag (id BIGINT PRIMARY KEY);
                ALTER TABLE item
                    DROP COLUMN legacy;
                DROP TABLE old_item; ALTER TABLE item RENAME COLUMN name TO title;
                ALTER TABLE item ALTER COLUMN price TYPE NUMERIC(12, 2);
                ALTER TABLE item ADD COLUMN sku VARCHAR(20) NOT NULL;
                ALTER TABLE item ADD COLUMN stock INT NOT NULL DEFAULT 0;
                CREATE INDEX item_sku ON item (sku);
                CREATE INDEX CONCURRENTLY item_title ON item (title);
                """);

        Migrations postgres = MigrationReader.read(dir, List.of(resources), true);

        assertEquals(
                List.of(
                        "DROP_COLUMN src/main/resources/db/migration/V2__changes.sql:3",
                        "DROP_TABLE src/main/resources/db/migration/V2__changes.sql:5",
                        "RENAME src/main/resources/db/migration/V2__changes.sql:5",
                        "TYPE_CHANGE src/main/resources/db/migration/V2__changes.sql:6",
                        "NOT_NULL_WITHOUT_DEFAULT src/main/resources/db/migration/V2__changes.sql:7",
                        "BLOCKING_INDEX src/main/resources/db/migration/V2__changes.sql:9"),
                shown(postgres));
        assertEquals(
                5, shown(MigrationReader.read(dir, List.of(resources), false)).size(), "no index rule off PostgreSQL");
    }

    @Test
    void liquibaseXmlIsReadWithStaxAndYamlIsListedAsNotRead() throws IOException {
        Path resources = resources();
        Files.writeString(resources.resolve("db/changelog/db.changelog-master.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="a">
                    <dropColumn tableName="item" columnName="legacy"/>
                    <addNotNullConstraint tableName="item" columnName="sku"/>
                    <addNotNullConstraint tableName="item" columnName="stock" defaultNullValue="0"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        Files.writeString(resources.resolve("db/changelog/more.yaml"), "databaseChangeLog: []\n");

        Migrations migrations = MigrationReader.read(dir, List.of(resources), false);

        assertEquals(
                List.of(
                        "DROP_COLUMN src/main/resources/db/changelog/db.changelog-master.xml:4",
                        "NOT_NULL_WITHOUT_DEFAULT src/main/resources/db/changelog/db.changelog-master.xml:5"),
                shown(migrations));
        assertEquals(
                List.of("src/main/resources/db/changelog/more.yaml: Liquibase YAML/JSON changelogs are not read"),
                migrations.notes());
    }

    /**
     * spring-petclinic's shape: {@code db/h2/schema.sql} drops and recreates every table on purpose (a Spring SQL init
     * script, judged by data.migrations), so only Flyway-named scripts and Liquibase changelogs are migrations.
     */
    @Test
    void sqlInitScriptsAndOtherXmlUnderDbAreNotMigrations() throws IOException {
        Path resources = resources();
        Files.createDirectories(resources.resolve("db/h2"));
        Files.writeString(resources.resolve("db/h2/schema.sql"), """
                DROP TABLE vet_specialties IF EXISTS;
                DROP TABLE vets IF EXISTS;
                CREATE TABLE vets (id INTEGER IDENTITY PRIMARY KEY, first_name VARCHAR(30));
                """);
        Files.writeString(resources.resolve("db/h2/data.sql"), "INSERT INTO vets VALUES (default, 'James');\n");
        Files.writeString(resources.resolve("db/h2/ehcache.xml"), "<config><cache alias=\"vets\"/></config>\n");
        Files.writeString(resources.resolve("db/changelog/changes.sql"), """
                --liquibase formatted sql
                --changeset a:1
                DROP TABLE legacy;
                """);
        Files.writeString(resources.resolve("db/migration/R__views.sql"), "DROP VIEW IF EXISTS v;\n");

        Migrations migrations = MigrationReader.read(dir, List.of(resources), false);

        assertEquals(List.of("DROP_TABLE src/main/resources/db/changelog/changes.sql:3"), shown(migrations));
        assertEquals(
                List.of("src/main/resources/db/changelog/changes.sql", "src/main/resources/db/migration/R__views.sql"),
                migrations.files());
        assertEquals(
                List.of("3 files under db/ neither a Flyway migration (V<version>__<name>.sql, R__<name>.sql) nor a"
                        + " Liquibase changelog, not judged (SQL init scripts such as schema.sql recreate the schema by"
                        + " design): src/main/resources/db/h2/data.sql, src/main/resources/db/h2/ehcache.xml,"
                        + " src/main/resources/db/h2/schema.sql"),
                migrations.notes());
    }

    @Test
    void aTenMegabyteScriptIsStreamedInBoundedTime() throws IOException {
        Path resources = resources();
        Path big = resources.resolve("db/migration/V3__data.sql");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String row = "INSERT INTO item (id, name) VALUES (1, '" + "x".repeat(60) + "');\n";
            for (long written = 0; written < 10L * 1024 * 1024; written += row.length()) {
                out.write(row);
            }
            out.write("DROP TABLE item;\n");
        }

        Migrations migrations = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> MigrationReader.read(dir, List.of(resources), true));

        assertEquals(1, migrations.changes().size());
        assertEquals(Migrations.Kind.DROP_TABLE, migrations.changes().get(0).kind());
    }
}
