package io.github.readiness.rules.rule.data;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.SchemaManagement;
import io.github.readiness.rules.evidence.service.SchemaManagement.SchemaGeneration;
import io.github.readiness.rules.evidence.service.SchemaManagement.ScriptInit;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code data.migrations}: a service that keeps data in a schema evolves it with versioned migrations (see
 * {@link SchemaManagement}). Findings, blocking only at level ERROR (WARN by default; the silver and gold presets
 * set ERROR): a persistence library without Flyway or Liquibase
 * (HIGH, 240 min: introduce the tool and a baseline migration), the ORM generating the schema in a configuration that
 * may run in production (HIGH, 60 min), SQL init scripts run on every start against a database that is not embedded
 * (MEDIUM, 60 min). N/A for a library and for a service without a persistence library.
 * Score: {@value io.github.readiness.rules.rule.SeverityDecay#FORMULA}.
 */
public final class MigrationsRule extends AbstractRule<ServiceEvidence> {
    static final int MINUTES_TO_INTRODUCE = 240;
    static final int MINUTES_PER_SETTING = 60;

    private static final RuleMetadata METADATA = RuleMetadata.builder("data.migrations", Category.DATA)
            .title("Schema changes by versioned migrations")
            .description(
                    "A service with a persistence library (JPA/Hibernate, Spring Data JDBC, jOOQ, MyBatis, Panache,"
                            + " Micronaut Data) has Flyway or Liquibase, lets no ORM create or update the schema"
                            + " (ddl-auto update/create) and runs no SQL init script on every start against a real database.")
            .remediation("Add Flyway (org.flywaydb:flyway-core, with Spring Boot 4 spring-boot-starter-flyway; Quarkus:"
                    + " quarkus-flyway; Micronaut: micronaut-flyway), move the schema into"
                    + " src/main/resources/db/migration/V1__baseline.sql, and set spring.jpa.hibernate.ddl-auto=validate"
                    + " (Quarkus: quarkus.hibernate-orm.schema-management.strategy=validate).")
            .effort(EffortModel.per(MINUTES_TO_INTRODUCE, "to introduce a migration tool")
                    .and(MINUTES_PER_SETTING, "per schema-generating setting or init script"))
            .level(RuleLevel.WARN)
            .build();

    public MigrationsRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || SchemaManagement.persistence(service).isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        SchemaManagement.Result result = SchemaManagement.check(service);
        List<Finding> findings = new ArrayList<>();
        result.noMigrationTool()
                .ifPresent(missing -> findings.add(context.finding(
                                Severity.HIGH,
                                "migration-tool",
                                "persistence with " + missing.persistence().shown() + " and no migration tool"
                                        + " (Flyway, Liquibase) on the class path: the schema is not versioned")
                        .at(missing.persistence().location())
                        .effort(MINUTES_TO_INTRODUCE)
                        .blocking()));
        for (SchemaGeneration generation : result.generation()) {
            String key = generation.setting().key() + (generation.profile() == null ? "" : "@" + generation.profile());
            String message =
                    generation.setting().key() + "=" + generation.setting().value()
                            + profile(generation.profile())
                            + " lets the ORM change the schema at start-up, outside any reviewed migration";
            findings.add(context.finding(Severity.HIGH, key, message)
                    .at(generation.setting().location())
                    .effort(MINUTES_PER_SETTING)
                    .blocking());
        }
        for (ScriptInit init : result.scriptInit()) {
            String key = init.mode().key() + (init.profile() == null ? "" : "@" + init.profile());
            String message = init.mode().key() + "=" + init.mode().value() + profile(init.profile())
                    + " runs the SQL init scripts on every start against "
                    + init.url().value() + " ("
                    + init.url().location() + "), a database that is not embedded";
            findings.add(context.finding(Severity.MEDIUM, key, message)
                    .at(init.mode().location())
                    .effort(MINUTES_PER_SETTING)
                    .blocking());
        }
        return RuleOutcome.decayed(findings);
    }

    private static String profile(String profile) {
        return profile == null ? "" : " (profile " + profile + ")";
    }
}
