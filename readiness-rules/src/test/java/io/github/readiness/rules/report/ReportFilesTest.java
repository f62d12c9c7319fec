package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.readiness.rules.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("readiness.json");
        Files.writeString(target, "old");
        ReportFiles.writeAtomically(target, out -> out.write("new"));
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aReportGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt")); // what the umask gives a new file
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        Path target = dir.resolve("readiness.md");
        ReportFiles.writeAtomically(target, out -> out.write("# report"));
        assertEquals(expected, Files.getPosixFilePermissions(target));
        assertEquals(expected, Files.getPosixFilePermissions(AtomicFiles.createTempBeside(dir.resolve("x.bin"))));
    }
}
