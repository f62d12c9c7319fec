package io.github.readiness.rules.rule.data;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.DeploymentFiles;
import io.github.readiness.rules.evidence.service.Migrations;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void noScriptsOrALibraryIsNotApplicable() {
        assertEquals(List.of("N/A"), run(ProjectType.AUTO, Migrations.NONE));
        assertEquals(
                List.of("N/A"), run(ProjectType.LIBRARY, new Migrations(List.of(AT.file()), List.of(), List.of())));
    }
}
