package io.github.readiness.rules.rule.data;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.DeploymentFiles;
import io.github.readiness.rules.evidence.service.MigrationReader;
import io.github.readiness.rules.evidence.service.Migrations;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsafeMigrationsRuleTest {
    private static final ServiceEvidence WEB = service(classpath("org.springframework.boot:spring-boot-starter-web"));
    private static final Location AT = new Location("src/main/resources/db/migration/V2__drop.sql", 3);

    private static List<String> run(ProjectType type, Migrations migrations) {
        ServiceEvidence service = new ServiceEvidence(
                type, WEB.detected(), WEB.classpath(), WEB.config(), DeploymentFiles.NONE, migrations);
        ProjectEvidence evidence = new ProjectEvidence(
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                Collected.read(service, List.of()));
        RuleOutcome outcome = RuleRun.run(new UnsafeMigrationsRule(), evidence);
        if (outcome.equals(RuleOutcome.notApplicable())) {
            return List.of("N/A");
        }
        return outcome.findings().stream()
                .map(f -> f.severity() + " " + f.blocking() + " " + f.key() + ": " + f.message())
                .toList();
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    @Test
    void oneFindingPerStatementDropsHigh() {
        Migrations migrations = new Migrations(
                List.of(AT.file()),
                List.of(
                        new Migrations.Change(Migrations.Kind.DROP_TABLE, AT, "DROP TABLE old_item"),
                        new Migrations.Change(
                                Migrations.Kind.RENAME,
                                new Location(AT.file(), 4),
                                "ALTER TABLE item RENAME COLUMN name TO title")),
                List.of());

        assertEquals(
                List.of(
                        "HIGH false src/main/resources/db/migration/V2__drop.sql:3:"
                                + " src/main/resources/db/migration/V2__drop.sql:3 drops a table: DROP TABLE old_item",
                        "MEDIUM false src/main/resources/db/migration/V2__drop.sql:4:"
                                + " src/main/resources/db/migration/V2__drop.sql:4 renames a table or column: ALTER"
                                + " TABLE item RENAME COLUMN name TO title"),
                run(ProjectType.AUTO, migrations));
    }

    @Test
    void aChangeRepeatedLaterIsOneFindingAtItsFirstStatement(@TempDir Path dir) throws IOException {
        Path migration = dir.resolve("src/main/resources/db/migration");
        Files.createDirectories(migration);
        Files.writeString(migration.resolve("V3__drop_legacy.sql"), """
                ALTER TABLE item DROP COLUMN legacy;
                ALTER TABLE item DROP COLUMN legacy;
                """);
        Files.writeString(migration.resolve("V5__cleanup.sql"), """
                -- run again where V3 failed half-way
                alter table "item"
                    drop column if exists legacy;
                DROP TABLE old_item;
                """);
        Path changelog = dir.resolve("src/main/resources/db/changelog");
        Files.createDirectories(changelog);
        Files.writeString(changelog.resolve("changes.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="a"><dropColumn tableName="item" columnName="sku"/></changeSet>
                  <changeSet id="2" author="a"><dropColumn tableName="item" columnName="price"/></changeSet>
                  <changeSet id="3" author="a"><dropColumn tableName="ITEM" columnName="sku"/></changeSet>
                </databaseChangeLog>
                """);

        List<String> findings =
                run(ProjectType.AUTO, MigrationReader.read(dir, List.of(dir.resolve("src/main/resources")), false));

        String v3 = "src/main/resources/db/migration/V3__drop_legacy.sql";
        String v5 = "src/main/resources/db/migration/V5__cleanup.sql";
        String xml = "src/main/resources/db/changelog/changes.xml";
        assertEquals(
                List.of(
                        "HIGH false " + xml + ":2: " + xml + ":2 drops a column: <dropColumn tableName=\"item\">"
                                + " (repeated at " + xml + ":4)",
                        "HIGH false " + xml + ":3: " + xml + ":3 drops a column: <dropColumn tableName=\"item\">",
                        "HIGH false " + v3 + ":1: " + v3 + ":1 drops a column: ALTER TABLE item DROP COLUMN legacy"
                                + " (repeated at " + v3 + ":2, " + v5 + ":2)",
                        "HIGH false " + v5 + ":4: " + v5 + ":4 drops a table: DROP TABLE old_item"),
                findings);
    }

    @Test
    void realKeycloakChangelogGivesOneFindingPerChangeDropsHigh(@TempDir Path dir) throws IOException {
        Path changelog = dir.resolve("src/main/resources/db/changelog");
        Files.createDirectories(changelog);
        try (var in = getClass().getResourceAsStream("/service/migrations/jpa-changelog-1.4.0.xml")) {
            Files.copy(in, changelog.resolve("jpa-changelog-1.4.0.xml"));
        }

        List<String> findings =
                run(ProjectType.AUTO, MigrationReader.read(dir, List.of(dir.resolve("src/main/resources")), false));

        // lines 71-73 and 168 of the file (see ORIGIN.md beside it): two dropColumn, two renameTable
        String at = "src/main/resources/db/changelog/jpa-changelog-1.4.0.xml:";
        assertEquals(
                List.of(
                        "HIGH false " + at + "71: " + at
                                + "71 drops a column: <dropColumn tableName=\"AUTHENTICATOR\">",
                        "MEDIUM false " + at + "72: " + at + "72 renames a table or column: <renameTable>",
                        "MEDIUM false " + at + "73: " + at + "73 renames a table or column: <renameTable>",
                        "HIGH false " + at + "168: " + at
                                + "168 drops a column: <dropColumn tableName=\"CLIENT_SESSION\">"),
                findings);
    }

    @Test
    void noScriptsOrALibraryIsNotApplicable() {
        assertEquals(List.of("N/A"), run(ProjectType.AUTO, Migrations.NONE));
        assertEquals(
                List.of("N/A"), run(ProjectType.LIBRARY, new Migrations(List.of(AT.file()), List.of(), List.of())));
    }
}
