package io.github.readiness.rules.rule.data;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.Migrations;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code data.unsafe-migrations}: Flyway SQL scripts and Liquibase changelogs (SQL, XML) of a service hold no
 * destructive or locking statement (see {@link Migrations.Kind}). One finding per change at the file and line of its
 * first statement (a later statement of the same kind and {@link Migrations.Change#subject() subject} is listed in
 * it, not counted again),
 * never blocking (level WARN): drops HIGH, the rest MEDIUM; {@value #MINUTES_PER_STATEMENT} min each (an
 * expand-and-contract migration). N/A for a library and for a service without migration scripts. Score: {@value
 * io.github.readiness.rules.rule.SeverityDecay#FORMULA}.
 */
public final class UnsafeMigrationsRule extends AbstractRule<ServiceEvidence> {
    static final int MINUTES_PER_STATEMENT = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("data.unsafe-migrations", Category.DATA)
            .title("No destructive or locking migrations")
            .description(
                    "Migration scripts (Flyway SQL, Liquibase SQL and XML) drop no table or column, rename nothing,"
                            + " change no column type, add no NOT NULL column without a default, and create PostgreSQL indexes"
                            + " CONCURRENTLY: the running version must survive the migration of the next one.")
            .remediation("Expand and contract: add the new column or table, write both, migrate the data, switch reads,"
                    + " and drop the old one in a later release; add NOT NULL columns with a DEFAULT; on PostgreSQL"
                    + " CREATE INDEX CONCURRENTLY (Flyway: in a script of its own, executeInTransaction=false).")
            .effort(EffortModel.per(MINUTES_PER_STATEMENT, "per statement"))
            .level(RuleLevel.WARN)
            .build();

    public UnsafeMigrationsRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        Migrations migrations = service.migrations();
        if (!service.isService() || migrations.files().isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        // a later statement of the same change (a script re-run, a copy in a later version) is one change
        Map<String, List<Migrations.Change>> bySubject = new LinkedHashMap<>();
        for (Migrations.Change change : migrations.changes()) {
            bySubject
                    .computeIfAbsent(change.kind() + " " + change.subject(), k -> new ArrayList<>())
                    .add(change);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Migrations.Change> same : bySubject.values()) {
            Migrations.Change change = same.get(0);
            boolean drop = change.kind() == Migrations.Kind.DROP_TABLE || change.kind() == Migrations.Kind.DROP_COLUMN;
            String repeats = same.size() == 1
                    ? ""
                    : same.subList(1, same.size()).stream()
                            .map(c -> c.location().toString())
                            .collect(Collectors.joining(", ", " (repeated at ", ")"));
            findings.add(context.finding(
                            drop ? Severity.HIGH : Severity.MEDIUM,
                            change.location().toString(),
                            change.location() + " " + change.kind().description() + ": " + change.excerpt() + repeats)
                    .at(change.location())
                    .effort(MINUTES_PER_STATEMENT)
                    .notBlocking());
        }
        return RuleOutcome.decayed(findings);
    }
}
