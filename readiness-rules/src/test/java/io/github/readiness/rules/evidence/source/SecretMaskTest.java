package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        AKIAIOSFODNN7EXAMPLE                     | PROVIDER_TOKEN     | AKIA****************
        ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5 | PROVIDER_TOKEN     | ghp_****************
        exactly16chars!!                         | PROVIDER_TOKEN     | exac****************
        fifteen-chars!!                          | PROVIDER_TOKEN     | ****
        Sup3rS3cret!Sup3rS3cret!                 | LITERAL_CREDENTIAL | ****
        Sup3rS3cret!                             | LITERAL_CREDENTIAL | ****
        petclinic-long-password                  | POSSIBLE_CREDENTIAL | ****
        s3cr3t                                   | DEFAULT_CREDENTIAL | ****
        a                                        | PROVIDER_TOKEN     | ****
        """)
    void onlyAProviderTokenShowsItsPublicPrefixAGenericCredentialShowsNothing(
            String value, SecretKind kind, String masked) {
        assertEquals(masked, SecretMask.mask(value, kind));
    }

    @Test
    void theLengthOfAPasswordIsNotShown() {
        SecretKind token = SecretKind.PROVIDER_TOKEN;
        assertEquals(SecretMask.mask("ab", token), SecretMask.mask("abcdefghijklmno", token));
        assertEquals(
                SecretMask.mask("x".repeat(16), token).length(),
                SecretMask.mask("x".repeat(400), token).length());
    }

    /** First 12 hex characters of SHA-256("patternId:value"), checked against sha256sum. */
    @Test
    void fingerprintIsAStableHashOfPatternAndValue() {
        assertEquals("ecc3e08aa4d3", SecretMask.fingerprint("aws-access-key-id", "AKIAIOSFODNN7EXAMPLE"));
        assertEquals("5b3f21ee00f5", SecretMask.fingerprint("credential-assignment", "s3cr3t"));
        assertNotEquals(
                SecretMask.fingerprint("default-credential", "s3cr3t"),
                SecretMask.fingerprint("credential-assignment", "s3cr3t"));
    }

    @Test
    void theSameSecretOnTwoLinesIsTwoOccurrencesWithOneFingerprint() {
        var secrets = SecretLines.scan(
                "src/main/resources/application.properties",
                "aws.id=AKIAIOSFODNN7EXAMPLE",
                "# comment",
                "backup.id=AKIAIOSFODNN7EXAMPLE ASIAY34FZKBOKMUTVV7A");

        assertEquals(3, secrets.size());
        assertEquals(
                java.util.List.of(1, 3, 3),
                secrets.stream().map(s -> s.location().line()).toList());
        assertEquals(secrets.get(0).fingerprint(), secrets.get(1).fingerprint());
        assertNotEquals(secrets.get(1).fingerprint(), secrets.get(2).fingerprint());
        assertEquals("ecc3e08aa4d3", secrets.get(0).fingerprint());
        assertEquals("AKIA****************", secrets.get(0).masked());
        assertEquals("AWS access key id", secrets.get(0).description());
    }
}
