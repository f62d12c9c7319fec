package io.github.readiness.rules.evidence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader on real migrations (test resources under service/migrations, origin in ORIGIN.md beside them). Every
 * expected change was found by reading the file: its kind and the line its statement or tag starts on.
 */
class MigrationRealFilesTest {
    @TempDir
    Path dir;

    /** The file laid out as a service would hold it, read as a PostgreSQL service (the MOTECH scripts' database). */
    private List<String> read(String file, String location) throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Path target = resources.resolve(location).resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/service/migrations/" + file)) {
            Files.copy(in, target);
        }
        Migrations migrations = MigrationReader.read(dir, List.of(resources), true);
        assertEquals(List.of(), migrations.notes(), file);
        return migrations.changes().stream()
                .map(c -> c.kind() + " " + c.location().line())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # V6: line 3 drops a column; line 4 adds a serial NOT NULL column (serial carries its sequence default,
            # so existing rows get values); line 5 (no ';' at the end of the file) adds a primary key: not judged.
            V6__MOTECH-2578.sql     | db/migration | DROP_COLUMN 3
            # V9: the index of line 17 is on a table created by the same script (lines 10-16): nothing to lock yet.
            V9__MOTECH-3073.sql     | db/migration |
            # Keycloak 1.4.0: dropColumn (71), two renameTable (72, 73), dropColumn (168); every addColumn with
            # nullable=false has a default, dropPrimaryKey and addPrimaryKey are not among the judged changes.
            jpa-changelog-1.4.0.xml | db/changelog | DROP_COLUMN 71, RENAME 72, RENAME 73, DROP_COLUMN 168
            """)
    void findsEveryUnsafeChangeOfARealFileAndNothingElse(String file, String location, String expected)
            throws IOException {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(", "));

        assertEquals(wanted, read(file, location));
    }
}
