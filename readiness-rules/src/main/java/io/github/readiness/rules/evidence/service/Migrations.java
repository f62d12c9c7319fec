package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.model.Location;
import java.util.List;

/**
 * The migration scripts of a service and their destructive or locking statements.
 *
 * @param files the Flyway SQL scripts and Liquibase changelogs read
 * @param changes one per statement, in file then line order
 * @param notes files not read, or read in part, with the reason
 */
public record Migrations(List<String> files, List<Change> changes, List<String> notes) {
    public static final Migrations NONE = new Migrations(List.of(), List.of(), List.of());

    public Migrations {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** What a statement does that a rolling deployment or a large table does not survive. */
    public enum Kind {
        DROP_TABLE("drops a table"),
        DROP_COLUMN("drops a column"),
        RENAME("renames a table or column"),
        TYPE_CHANGE("changes a column's type"),
        NOT_NULL_WITHOUT_DEFAULT("adds NOT NULL without a default"),
        BLOCKING_INDEX("creates an index without CONCURRENTLY, locking writes on PostgreSQL");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One statement, where it starts, and a short excerpt.
     *
     * @param subject what the statement changes, written the same way however it was spelt (case, quotes, {@code IF
     *     EXISTS}, attribute order): a later statement with the same kind and subject repeats the change
     */
    public record Change(Kind kind, Location location, String excerpt, String subject) {
        /** A change whose subject is its excerpt. */
        public Change(Kind kind, Location location, String excerpt) {
            this(kind, location, excerpt, excerpt);
        }
    }
}
