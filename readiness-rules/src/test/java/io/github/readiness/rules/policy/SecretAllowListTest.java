package io.github.readiness.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretAllowListTest {
    private static final String FINGERPRINT = "ecc3e08aa4d3";

    /** entry | file | pattern | fingerprint | allowed? */
    @ParameterizedTest(name = "{0} on {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
        fingerprint:ecc3e08aa4d3                  | src/main/resources/a.properties     | aws-access-key-id | ecc3e08aa4d3 | true
        fingerprint:ECC3E08AA4D3                  | src/main/java/App.java              | jwt               | ecc3e08aa4d3 | true
        fingerprint:ecc3e08aa4d3                  | src/main/resources/a.properties     | aws-access-key-id | 000000000000 | false
        src/main/resources/dev/**                 | src/main/resources/dev/a.yml        | private-key       | 111111111111 | true
        src/main/resources/dev/**                 | src/main/resources/dev/x/y/a.yml    | jwt               | 111111111111 | true
        src/main/resources/dev/**                 | src/main/resources/a.yml            | jwt               | 111111111111 | false
        src/main/resources/*.yml                  | src/main/resources/a.yml            | jwt               | 111111111111 | true
        src/main/resources/*.yml                  | src/main/resources/dev/a.yml        | jwt               | 111111111111 | false
        src/main/resources/applicatio?-dev.yml    | src/main/resources/application-dev.yml | jwt            | 111111111111 | true
        **/*.yml#default-credential               | application.yml                     | default-credential | 111111111111 | true
        **/*.yml#default-credential               | src/main/resources/a/application.yml | default-credential | 111111111111 | true
        **/*.yml#default-credential               | src/main/resources/application.yml  | credential-assignment | 111111111111 | false
        src/**/fixtures/**#jwt                    | src/main/resources/fixtures/t.json  | jwt               | 111111111111 | true
        src/**/fixtures/**#jwt                    | src/fixtures/t.json                 | jwt               | 111111111111 | true
        src/**/fixtures/**#jwt                    | src/main/resources/t.json           | jwt               | 111111111111 | false
        """)
    void entriesMatchByFingerprintGlobAndPattern(
            String entry, String file, String pattern, String fingerprint, boolean allowed) {
        SecretAllowList list = SecretAllowList.of(List.of(entry));

        assertEquals(allowed ? List.of(entry) : List.of(), list.matching(file, pattern, fingerprint));
    }

    @Test
    void everyMatchingEntryIsReturnedInOrder() {
        SecretAllowList list =
                SecretAllowList.of(List.of("src/**", "fingerprint:" + FINGERPRINT, "other/**", " src/** "));

        assertEquals(
                List.of("src/**", "fingerprint:" + FINGERPRINT),
                list.matching("src/main/resources/a.properties", "aws-access-key-id", FINGERPRINT));
        assertEquals(
                List.of("src/**", "fingerprint:ecc3e08aa4d3", "other/**"),
                list.entries(),
                "stripped, and a duplicate kept once");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        "fingerprint:ecc3e08a"        | secretAllowList entry 'fingerprint:ecc3e08a': a fingerprint is 12 hexadecimal characters, as in the finding's key '<file> <fingerprint>'
        "fingerprint:ecc3e08aa4dz"    | secretAllowList entry 'fingerprint:ecc3e08aa4dz': a fingerprint is 12 hexadecimal characters, as in the finding's key '<file> <fingerprint>'
        "   "                         | secretAllowList entry '   ' is empty: use fingerprint:<12 hex>, <path glob> or <path glob>#<patternId>
        "#jwt"                        | secretAllowList entry '#jwt' has no path glob before '#': use **#jwt for every file
        "src/**#aws-acces-key-id"     | secretAllowList entry 'src/**#aws-acces-key-id' names unknown pattern id 'aws-acces-key-id'; did you mean 'aws-access-key-id'? Valid pattern ids: private-key, aws-access-key-id, aws-secret-access-key, github-token, gitlab-token, slack-token, slack-webhook, jwt, credential-assignment, default-credential, placeholder-default, code-fallback, possible-credential
        "src/**#password"             | secretAllowList entry 'src/**#password' names unknown pattern id 'password' Valid pattern ids: private-key, aws-access-key-id, aws-secret-access-key, github-token, gitlab-token, slack-token, slack-webhook, jwt, credential-assignment, default-credential, placeholder-default, code-fallback, possible-credential
        "src/[main/**"                | secretAllowList entry 'src/[main/**' is not a valid path glob: Explicit 'name separator' in class at index 9
        """)
    void invalidEntriesAreOneLineErrorsNamingTheEntry(String entry, String message) {
        PolicyException e = assertThrows(PolicyException.class, () -> SecretAllowList.of(List.of(entry)));

        assertEquals(message, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void policyCarriesTheListThroughEveryCopy() {
        Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();
        Policy allowed = defaults.withSecretAllowList(List.of("src/test/**"));

        assertTrue(defaults.secretAllowList().isEmpty(), "empty by default");
        assertEquals(List.of("src/test/**"), allowed.secretAllowList().entries());
        assertEquals(
                List.of("src/test/**"),
                allowed.withMinScore(70)
                        .withCategoryWeight(io.github.readiness.rules.model.Category.SECURITY, 5)
                        .withLevel("coverage.line", "WARN")
                        .withBlockingSeverity("HIGH")
                        .withThreshold("coverage.line", "70%")
                        .secretAllowList()
                        .entries());
        assertEquals(
                List.of(),
                allowed.withSecretAllowList(List.of()).secretAllowList().entries());
        assertThrows(PolicyException.class, () -> defaults.withSecretAllowList(List.of("fingerprint:x")));
    }
}
