package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.SafeXml;
import io.github.readiness.rules.model.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Flyway SQL scripts and Liquibase changelogs (SQL and XML) under {@code db/} of the main resource directories
 * (Flyway by its file naming, Liquibase by its header or root element; other SQL, e.g. Spring's schema.sql init
 * scripts, is listed as not judged),
 * streaming: SQL line by line into statements ended by {@code ;} (a statement keeps at most {@value #MAX_STATEMENT}
 * characters, so a 10 MB script costs no more memory than its longest statement's head), XML through StAX. Liquibase
 * YAML/JSON changelogs are listed as not read.
 */
public final class MigrationReader {
    static final int MAX_STATEMENT = 4096;
    private static final Set<String> LIQUIBASE_TAGS =
            Set.of("dropTable", "dropColumn", "renameTable", "renameColumn", "modifyDataType", "addNotNullConstraint");

    /** What fills a new NOT NULL column of existing rows: a default, or a sequence (serial, identity). */
    private static final Pattern FILLED =
            Pattern.compile(" DEFAULT |\\b(SMALL|BIG)?SERIAL\\b| AS IDENTITY\\b| IDENTITY\\b|\\bAUTO_INCREMENT\\b");

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMP|TEMPORARY|UNLOGGED) )?TABLE (?:IF NOT EXISTS )?([^\\s(]+)");
    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE (?:UNIQUE )?INDEX .*? ON (?:ONLY )?([^\\s(]+)");

    /** Flyway's default naming: versioned {@code V1_2__name.sql}, repeatable {@code R__name.sql} (undo scripts drop by design). */
    private static final Pattern FLYWAY_NAME = Pattern.compile("(?i)(V\\d[\\w.]*|R)__.+\\.sql");

    private static final Pattern LIQUIBASE_SQL = Pattern.compile("(?i)\\s*--\\s*liquibase formatted sql");

    private MigrationReader() {}

    /** A table name as written in either quoting: {@code "Item"}, {@code `item`}, {@code item} compare equal. */
    private static String tableName(String written) {
        return written.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    public static Migrations read(Path baseDir, List<Path> resourceDirectories, boolean postgres) {
        List<String> files = new ArrayList<>();
        List<Migrations.Change> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> notMigrations = new ArrayList<>();
        for (Path file : scripts(resourceDirectories)) {
            String shown = PathDisplay.relative(baseDir, file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try (InputStream in = Files.newInputStream(file)) {
                if (name.endsWith(".sql") && isSqlMigration(file)) {
                    sql(in, shown, postgres, changes);
                    files.add(shown);
                } else if (name.endsWith(".xml") && xml(in, shown, changes)) {
                    files.add(shown);
                } else if (name.endsWith(".sql") || name.endsWith(".xml")) {
                    notMigrations.add(shown);
                } else {
                    notes.add(shown + ": Liquibase YAML/JSON changelogs are not read");
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                notes.add(shown + ": could not be read (" + e.getMessage() + ")");
            }
        }
        if (!notMigrations.isEmpty()) {
            notes.add(notMigrations.size() + (notMigrations.size() == 1 ? " file" : " files")
                    + " under db/ neither a Flyway migration (V<version>__<name>.sql, R__<name>.sql) nor a Liquibase"
                    + " changelog, not judged (SQL init scripts such as schema.sql recreate the schema by design): "
                    + String.join(", ", notMigrations));
        }
        return new Migrations(files, changes, notes);
    }

    static List<Path> scripts(List<Path> resourceDirectories) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path directory : resourceDirectories) {
            Path db = directory.resolve("db");
            if (!Files.isDirectory(db)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(db, 6)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches("(?i).+\\.(sql|xml|ya?ml|json)"))
                        .forEach(found::add);
            } catch (IOException e) {
                // an unreadable directory holds no script we can judge
            }
        }
        return List.copyOf(found);
    }

    /** A versioned or repeatable Flyway script by its name, or a Liquibase formatted SQL changelog by its header. */
    static boolean isSqlMigration(Path file) throws IOException {
        if (FLYWAY_NAME.matcher(file.getFileName().toString()).matches()) {
            return true;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && LIQUIBASE_SQL.matcher(first).lookingAt();
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }

    /** Statements ended by ';', comments ('--' lines) left out, judged one by one. */
    static void sql(InputStream in, String shown, boolean postgres, List<Migrations.Change> changes)
            throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder statement = new StringBuilder();
        Set<String> created = new HashSet<>();
        int start = 0;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String code = line.strip();
            int comment = code.indexOf("--");
            code = comment < 0 ? code : code.substring(0, comment);
            if (code.isBlank()) {
                continue;
            }
            int from = 0;
            for (int semicolon = code.indexOf(';'); ; semicolon = code.indexOf(';', from)) {
                String part = semicolon < 0 ? code.substring(from) : code.substring(from, semicolon);
                if (statement.length() == 0 && !part.isBlank()) {
                    start = number;
                }
                if (!part.isBlank() && statement.length() < MAX_STATEMENT) {
                    statement
                            .append(part, 0, Math.min(part.length(), MAX_STATEMENT - statement.length()))
                            .append(' ');
                }
                if (semicolon < 0) {
                    break;
                }
                judge(statement.toString(), new Location(shown, start), postgres, created, changes);
                statement.setLength(0);
                from = semicolon + 1;
            }
        }
        judge(statement.toString(), new Location(shown, start), postgres, created, changes);
    }

    /**
     * One statement; {@code created} holds the tables the script created before it (an index on one of them locks
     * nothing anyone uses yet).
     */
    static void judge(
            String statement, Location at, boolean postgres, Set<String> created, List<Migrations.Change> changes) {
        String text = statement.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher createTable = CREATE_TABLE.matcher(upper);
        if (createTable.lookingAt()) {
            created.add(tableName(createTable.group(1)));
        }
        Matcher index = CREATE_INDEX.matcher(upper);
        Migrations.Kind kind = null;
        if (upper.startsWith("DROP TABLE")) {
            kind = Migrations.Kind.DROP_TABLE;
        } else if (upper.startsWith("ALTER TABLE") && upper.contains(" DROP COLUMN ")) {
            kind = Migrations.Kind.DROP_COLUMN;
        } else if ((upper.startsWith("ALTER TABLE") && upper.contains(" RENAME "))
                || upper.startsWith("RENAME TABLE")
                || upper.contains("SP_RENAME")) {
            kind = Migrations.Kind.RENAME;
        } else if (upper.startsWith("ALTER TABLE")
                && (upper.matches(".* ALTER (COLUMN )?\\S+ (SET DATA )?TYPE .*")
                        || upper.contains(" MODIFY ")
                        || upper.contains(" CHANGE COLUMN "))) {
            kind = Migrations.Kind.TYPE_CHANGE;
        } else if (upper.startsWith("ALTER TABLE")
                && ((upper.contains(" ADD ")
                                && upper.contains(" NOT NULL")
                                && !FILLED.matcher(upper).find())
                        || upper.contains(" SET NOT NULL"))) {
            kind = Migrations.Kind.NOT_NULL_WITHOUT_DEFAULT;
        } else if (postgres
                && index.lookingAt()
                && !upper.contains(" CONCURRENTLY ")
                && !created.contains(tableName(index.group(1)))) {
            kind = Migrations.Kind.BLOCKING_INDEX;
        }
        if (kind != null) {
            String subject = upper.replace("\"", "").replace("`", "").replace(" IF EXISTS ", " ");
            changes.add(new Migrations.Change(
                    kind, at, text.length() <= 80 ? text : text.substring(0, 77) + "...", subject));
        }
    }

    /** The tag and its attributes in name order, values in lower case: the same change however it is written. */
    private static String subject(XMLStreamReader reader) {
        TreeMap<String, String> attributes = new TreeMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(
                    reader.getAttributeLocalName(i), reader.getAttributeValue(i).toLowerCase(Locale.ROOT));
        }
        return reader.getLocalName() + attributes;
    }

    /** Liquibase XML: dropTable, dropColumn, renameTable/Column, modifyDataType, addNotNullConstraint without default. */
    /** Reads a Liquibase XML changelog; false (nothing read) when the root element is not databaseChangeLog. */
    static boolean xml(InputStream in, String shown, List<Migrations.Change> changes) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.reader(in);
        try {
            boolean root = true;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root && !reader.getLocalName().equals("databaseChangeLog")) {
                    return false;
                }
                root = false;
                if (!LIQUIBASE_TAGS.contains(reader.getLocalName())) {
                    continue;
                }
                String tag = reader.getLocalName();
                String table = reader.getAttributeValue(null, "tableName");
                Migrations.Kind kind = switch (tag) {
                    case "dropTable" -> Migrations.Kind.DROP_TABLE;
                    case "dropColumn" -> Migrations.Kind.DROP_COLUMN;
                    case "renameTable", "renameColumn" -> Migrations.Kind.RENAME;
                    case "modifyDataType" -> Migrations.Kind.TYPE_CHANGE;
                    default ->
                        reader.getAttributeValue(null, "defaultNullValue") == null
                                ? Migrations.Kind.NOT_NULL_WITHOUT_DEFAULT
                                : null;
                };
                if (kind != null) {
                    changes.add(new Migrations.Change(
                            kind,
                            new Location(shown, reader.getLocation().getLineNumber()),
                            "<" + tag + (table == null ? "" : " tableName=\"" + table + "\"") + ">",
                            subject(reader)));
                }
            }
            return true;
        } finally {
            reader.close();
        }
    }
}
