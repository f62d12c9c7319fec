package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.readiness.rules.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateKeyDetectionTest {
    private static final String LINE_1 = "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi0Nj0wGz2bM4kQvNJ3hd3tC5vA";
    private static final String LINE_2 = "nUq0dWjFpq8fVYgU7Kd0cDOb1CDy2X0vC3sZtG7qN4kLmA2pVxW9yE6rT1uI8oPq";
    private static final String OTHER_1 = "MIIEowIBAAKCAQEAwJ8Xr6gK1pY2mZ7V3Kqj9Xb4Lk0Nf8Hq5Ws2Te6Yu1Ro3Pi7";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "RSA PRIVATE KEY",
                "EC PRIVATE KEY",
                "DSA PRIVATE KEY",
                "OPENSSH PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY",
                "PRIVATE KEY",
                "PGP PRIVATE KEY BLOCK"
            })
    void everyPrivateKeyHeaderFollowedByMaterial(String label) {
        List<HardcodedSecret> secrets = SecretLines.scan(
                "src/main/resources/key.pem",
                "",
                "-----BEGIN " + label + "-----",
                LINE_1,
                LINE_2,
                "-----END " + label + "-----");

        assertEquals(1, secrets.size());
        HardcodedSecret key = secrets.get(0);
        assertEquals("private-key", key.patternId());
        assertEquals(SecretKind.PRIVATE_KEY, key.kind());
        assertEquals(new Location("src/main/resources/key.pem", 2), key.location(), "the header's line");
        assertEquals("-----BEGIN " + label + "-----", key.masked(), "the header only, never key material");
    }

    @Test
    void headersBeforeTheMaterialAreAllowed() {
        List<HardcodedSecret> pgp = SecretLines.scan(
                "key.asc",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----",
                "Version: GnuPG v2",
                "Comment: deploy key",
                "",
                LINE_1,
                "=Ab3x",
                "-----END PGP PRIVATE KEY BLOCK-----");
        List<HardcodedSecret> encrypted = SecretLines.scan(
                "key.pem",
                "-----BEGIN RSA PRIVATE KEY-----",
                "Proc-Type: 4,ENCRYPTED",
                "DEK-Info: AES-128-CBC,5E4C2A0D3F1B",
                "",
                LINE_1,
                "-----END RSA PRIVATE KEY-----");

        assertEquals(List.of(1), pgp.stream().map(s -> s.location().line()).toList());
        assertEquals(
                List.of(1), encrypted.stream().map(s -> s.location().line()).toList());
    }

    @Test
    void keysInsideStringsAndProperties() {
        List<HardcodedSecret> oneLine = SecretLines.scan(
                "application.properties",
                "jwt.key=-----BEGIN PRIVATE KEY-----\\n" + LINE_1 + "\\n" + LINE_2 + "\\n-----END PRIVATE KEY-----");
        List<HardcodedSecret> java = SecretLines.scan(
                "Keys.java",
                "static final String KEY =",
                "        \"-----BEGIN RSA PRIVATE KEY-----\\n\" +",
                "        \"" + LINE_1 + "\\n\" +",
                "        \"" + LINE_2 + "\\n\" +",
                "        \"-----END RSA PRIVATE KEY-----\";");
        List<HardcodedSecret> yaml = SecretLines.scan(
                "application.yml",
                "jwt:",
                "  key: |",
                "    -----BEGIN EC PRIVATE KEY-----",
                "    " + LINE_1,
                "    -----END EC PRIVATE KEY-----");

        assertEquals(List.of(new Location("application.properties", 1)), locations(oneLine));
        assertEquals(List.of(new Location("Keys.java", 2)), locations(java));
        assertEquals(List.of(new Location("application.yml", 3)), locations(yaml));
        assertEquals(oneLine.get(0).fingerprint(), java.get(0).fingerprint(), "the same key, the same fingerprint");
        assertEquals("private-key", oneLine.get(0).patternId());
    }

    /** The key is one secret: its header line is not also a literal credential of {@code jwt.private-key}. */
    @Test
    void aKeyContinuedOverPropertyLinesIsOneFinding() {
        List<HardcodedSecret> secrets = SecretLines.scan(
                "application.properties",
                "jwt.private-key=-----BEGIN PRIVATE KEY-----\\n\\",
                LINE_1 + "\\n\\",
                LINE_2 + "\\n\\",
                "-----END PRIVATE KEY-----");

        assertEquals(
                List.of("private-key"),
                secrets.stream().map(HardcodedSecret::patternId).toList());
    }

    @Test
    void tokensNextToAHeaderAreStillFound() {
        List<HardcodedSecret> secrets =
                SecretLines.scan("notes.txt", "AKIAIOSFODNN7EXAMPLE -----BEGIN PRIVATE KEY-----", LINE_1);

        assertEquals(
                List.of("aws-access-key-id", "private-key"),
                secrets.stream().map(HardcodedSecret::patternId).sorted().toList());
    }

    @Test
    void differentKeysHaveDifferentFingerprints() {
        String one = SecretLines.scan("a.pem", "-----BEGIN PRIVATE KEY-----", LINE_1)
                .get(0)
                .fingerprint();
        String other = SecretLines.scan("b.pem", "-----BEGIN PRIVATE KEY-----", OTHER_1)
                .get(0)
                .fingerprint();

        assertNotEquals(one, other);
    }

    /** PEM parsers name the header in a constant: without key material it is not a key. */
    @Test
    void headersWithoutMaterialAreNotKeys() {
        assertEquals(
                List.of(),
                SecretLines.scan(
                        "Pem.java",
                        "private static final String BEGIN = \"-----BEGIN PRIVATE KEY-----\";",
                        "private static final String END = \"-----END PRIVATE KEY-----\";",
                        "String body = pem.replace(BEGIN, \"\").replace(END, \"\");"));
        assertEquals(
                List.of(),
                SecretLines.scan(
                        "Pem.java",
                        "if (line.startsWith(\"-----BEGIN RSA PRIVATE KEY-----\")) {",
                        "    inKey = true;",
                        "}",
                        "return decode(buffer);",
                        "",
                        "",
                        "",
                        LINE_1));
        assertEquals(
                List.of(),
                SecretLines.scan(
                        "cert.pem",
                        "-----BEGIN PUBLIC KEY-----",
                        LINE_1,
                        "-----END PUBLIC KEY-----",
                        "-----BEGIN CERTIFICATE-----",
                        LINE_2,
                        "-----END CERTIFICATE-----"));
    }

    /** Key material is not looked at again (a base64 line could look like anything). */
    @Test
    void materialLinesAreNotScannedForOtherPatterns() {
        List<HardcodedSecret> secrets = SecretLines.scan(
                "key.pem",
                "-----BEGIN PRIVATE KEY-----",
                LINE_1,
                "AKIAIOSFODNN7EXAMPLE",
                "-----END PRIVATE KEY-----",
                "AKIAIOSFODNN7EXAMPLE");

        assertEquals(
                List.of("private-key", "aws-access-key-id"),
                secrets.stream().map(HardcodedSecret::patternId).toList());
        assertEquals(5, secrets.get(1).location().line(), "after the END line, lines are scanned again");
    }

    @Test
    void aPendingHeaderDoesNotCarryOverToTheNextFile() {
        SecretDetector detector = new SecretDetector();
        SourceFindings found = new SourceFindings();
        detector.line(new SourceFile("a.txt", false), 1, "-----BEGIN PRIVATE KEY-----", found);
        detector.line(new SourceFile("b.txt", false), 1, LINE_1, found);

        assertEquals(List.of(), found.secrets);
    }

    private static List<Location> locations(List<HardcodedSecret> secrets) {
        return secrets.stream().map(HardcodedSecret::location).toList();
    }
}
