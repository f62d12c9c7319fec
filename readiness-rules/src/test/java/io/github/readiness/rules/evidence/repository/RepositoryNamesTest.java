package io.github.readiness.rules.evidence.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
        README,                  README
        README.md,               README
        readme.MD,               README
        ReadMe.adoc,             README
        README.rst,              README
        README.txt,              README
        README.markdown,         README
        README-dev.md,           -
        READMEFIRST,             -
        README.,                 -
        LICENSE,                 LICENSE
        LICENSE.txt,             LICENSE
        LICENSE-APACHE,          LICENSE
        Licence.md,              LICENSE
        COPYING,                 LICENSE
        copying.lesser,          LICENSE
        UNLICENSE,               -
        SECURITY,                SECURITY_POLICY
        SECURITY.md,             SECURITY_POLICY
        security.rst,            SECURITY_POLICY
        SECURITY-POLICY.md,      -
        SECURITYADVISORIES.md,   -
        CHANGELOG,               CHANGELOG
        CHANGELOG.md,            CHANGELOG
        changes.txt,             CHANGELOG
        HISTORY.md,              CHANGELOG
        RELEASE-NOTES.md,        CHANGELOG
        release_notes.adoc,      CHANGELOG
        ReleaseNotes.txt,        CHANGELOG
        NEWS,                    CHANGELOG
        RELEASE.md,              -
        CHANGE.md,               -
        pom.xml,                 -
        docs,                    -
        .env.example,            -
        """)
    void documentKindsByName(String name, RepositoryFile expected) {
        assertEquals(expected, RepositoryNames.document(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        .env.example,       true
        .ENV.Sample,        true
        .env,               false
        env.example,        false
        .env.example.local, false
        .env.local,         false
        """)
    void envExamples(String name, boolean expected) {
        assertEquals(expected, RepositoryNames.isEnvExample(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        Jenkinsfile,             true
        JENKINSFILE,             true
        .gitlab-ci.yml,          true
        azure-pipelines.yml,     true
        .travis.yml,             true
        bitbucket-pipelines.yml, true
        .drone.yml,              true
        Jenkinsfile.groovy,      false
        gitlab-ci.yml,           false
        .circleci,               false
        pipeline.yml,            false
        """)
    void ciFilesInTheDirectoryItself(String name, boolean expected) {
        assertEquals(expected, RepositoryNames.isCiFile(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        build.yml,   true
        release.YAML, true
        README.md,   false
        build.yml.disabled, false
        """)
    void workflows(String name, boolean expected) {
        assertEquals(expected, RepositoryNames.isWorkflow(name));
    }
}
