package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detector inside the real one-pass scan of a module: main roots always, test roots only when asked. */
class SecretScanTest {
    @TempDir
    Path project;

    private void write(String path, String... lines) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
    }

    private SourceScan scan(boolean withTests) {
        List<Path> main = List.of(Path.of("src/main/java"), Path.of("src/main/resources"));
        List<Path> test = withTests ? List.of(Path.of("src/test/java"), Path.of("src/test/resources")) : List.of();
        Collected<SourceScan> scan =
                new SourceScanner().scan(SourceRequest.of(project, project.resolve("target"), main, test));
        assertTrue(scan.isRead(), scan.detail());
        return scan.value();
    }

    private void sampleProject() throws IOException {
        write(
                "src/main/resources/application.properties",
                "spring.application.name=payments",
                "spring.datasource.password=${DB_PASSWORD}",
                "aws.accessKeyId=AKIAIOSFODNN7EXAMPLE");
        write(
                "src/main/java/com/acme/App.java",
                "package com.acme;",
                "class App {",
                "    String password = System.getenv(\"DB_PASSWORD\");",
                "}");
        write("src/test/resources/application-test.properties", "spring.datasource.password=t3st-Only-Pa55");
        write("target/classes/application.properties", "aws.accessKeyId=AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void mainRootsOnlyByDefault() throws IOException {
        sampleProject();

        List<HardcodedSecret> secrets = scan(false).secrets();

        assertEquals(1, secrets.size(), secrets.toString());
        HardcodedSecret aws = secrets.get(0);
        assertEquals("aws-access-key-id", aws.patternId());
        assertEquals(SecretKind.PROVIDER_TOKEN, aws.kind());
        assertEquals(new Location("src/main/resources/application.properties", 3), aws.location());
        assertEquals("AKIA****************", aws.masked());
        assertEquals("ecc3e08aa4d3", aws.fingerprint());
    }

    @Test
    void testRootsWhenPolicyAsks() throws IOException {
        sampleProject();

        List<HardcodedSecret> secrets = scan(true).secrets();

        assertEquals(
                List.of(
                        new Location("src/main/resources/application.properties", 3),
                        new Location("src/test/resources/application-test.properties", 1)),
                secrets.stream().map(HardcodedSecret::location).toList());
        assertEquals("credential-assignment", secrets.get(1).patternId());
        assertEquals("****", secrets.get(1).masked());
        assertEquals("credential spring.datasource.password =", secrets.get(1).description());
    }

    /** A line of a megabyte in a real file: read and scanned once, like any other (no timing assertion). */
    @Test
    void aMegabyteLineFileIsScanned() throws IOException {
        write("src/main/resources/big.properties", "a=" + "AKIA".repeat(256 * 1024) + " AKIAIOSFODNN7EXAMPLE");
        write("src/main/resources/application.yml", "password: changeme");

        SourceScan scan = new SourceScanner()
                .scan(new SourceRequest(
                        project,
                        project.resolve("target"),
                        List.of(SourceRoot.main(Path.of("src/main/resources"))),
                        List.of(),
                        2 * 1024 * 1024))
                .value();

        assertEquals(
                List.of("default-credential", "aws-access-key-id"), // application.yml, then big.properties
                scan.secrets().stream().map(HardcodedSecret::patternId).toList());
        assertEquals(List.of(), scan.skipped());
    }

    @Test
    void aCleanProjectHasNoSecret() throws IOException {
        write(
                "src/main/resources/application.yml",
                "spring:",
                "  datasource:",
                "    url: ${DB_URL}",
                "    password: ${DB_PASSWORD:}",
                "jwt:",
                "  secret: ${JWT_SECRET}",
                "  expiry-seconds: 3600");
        write(
                "src/main/java/com/acme/Security.java",
                "class Security {",
                "    static final String TOKEN_HEADER = \"Authorization\";",
                "    PasswordEncoder passwordEncoder = new BCryptPasswordEncoder();",
                "}");

        SourceScan scan = scan(false);

        assertEquals(List.of(), scan.secrets());
        assertEquals(2, scan.filesScanned());
    }
}
