package io.github.readiness.rules.evidence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Real Dockerfiles (see service/deployment/ORIGIN.md) and the syntax a hand parser gets wrong. */
class DockerfileReaderTest {
    private static Dockerfile real(String name) throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(DockerfileReaderTest.class.getResourceAsStream("/service/deployment/" + name)),
                StandardCharsets.UTF_8)) {
            return DockerfileReader.read(reader, name);
        }
    }

    private static Dockerfile parse(String text) throws IOException {
        return DockerfileReader.read(new StringReader(text), "Dockerfile");
    }

    @Test
    void quarkusGeneratedJvmDockerfileRunsAsUser1001FromAPinnedUbi() throws IOException {
        Dockerfile file = real("quarkus-panache-Dockerfile.jvm");

        assertEquals(1, file.stages());
        assertEquals("registry.access.redhat.com/ubi8/ubi-minimal:8.3", file.baseImage());
        assertEquals(24, file.from().line());
        assertEquals("1001", file.user());
        assertEquals(52, file.userAt().line());
        assertFalse(file.healthcheck());
        assertEquals(List.of(), file.secrets());
    }

    @Test
    void petclinicMicroservicesDockerfileRunsItsFinalStageAsRoot() throws IOException {
        Dockerfile file = real("petclinic-microservices-Dockerfile");

        assertEquals(2, file.stages());
        assertEquals("eclipse-temurin:17", file.baseImage());
        assertEquals(8, file.from().line());
        assertNull(file.user());
        assertTrue(ContainerImage.isPinned(file.baseImage()));
    }

    @Test
    void continuationsCommentsInsideThemAndTheEscapeDirectiveAreFollowed() throws IOException {
        Dockerfile file = parse("""
                # syntax=docker/dockerfile:1
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base
                RUN echo one `
                # a comment inside the continuation
                    USER root
                FROM base
                USER app `
                  # also inside
                HEALTHCHECK CMD curl -f http://localhost/ || exit 1
                """);

        assertEquals(2, file.stages());
        assertEquals("mcr.microsoft.com/windows/servercore:ltsc2022", file.baseImage());
        // 'USER root' continues a RUN line; 'USER app ... HEALTHCHECK ...' is one USER instruction
        assertEquals("app", file.user());
        assertFalse(file.healthcheck());
    }

    @Test
    void aBackslashIsTheDefaultEscapeAndADirectiveAfterAnInstructionIsAComment() throws IOException {
        Dockerfile file = parse("""
                FROM alpine:3.20
                # escape=`
                RUN apk add curl \\
                    && echo done
                USER 10001
                HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:8080/health
                """);

        assertEquals("10001", file.user());
        assertEquals(5, file.userAt().line());
        assertTrue(file.healthcheck());
    }

    @Test
    void theFinalStageInheritsFromAnEarlierStageAndBuildArgumentsResolveTheImage() throws IOException {
        Dockerfile file = parse("""
                ARG JRE=eclipse-temurin:21-jre
                FROM ${JRE} AS runtime
                USER 1000:1000
                FROM maven:3-eclipse-temurin-21 AS build
                USER root
                FROM runtime
                COPY --from=build /app.jar /app.jar
                """);

        assertEquals("eclipse-temurin:21-jre", file.baseImage());
        assertEquals("1000:1000", file.user());
        assertEquals(3, file.userAt().line());
    }

    @Test
    void anUnresolvableBaseImageIsANoteNotAGuess() throws IOException {
        Dockerfile file = parse("ARG BASE\nFROM $BASE\n");

        assertNull(file.baseImage());
        assertEquals(
                List.of("Dockerfile: the final stage's base image uses a build argument without default: not judged"),
                file.notes());
    }

    @Test
    void credentialsInEnvAndArgAreFoundReferencesAreNot() throws IOException {
        Dockerfile file = parse("""
                FROM eclipse-temurin:21-jre
                ARG NPM_TOKEN=npm_abc123
                ENV DB_PASSWORD=petclinic SPRING_PROFILES_ACTIVE=prod
                ENV API_KEY demo-key
                ENV JWT_SECRET=$JWT_SECRET
                ARG GITHUB_TOKEN
                """);

        assertEquals(
                List.of("ARG NPM_TOKEN:2", "ENV DB_PASSWORD:3", "ENV API_KEY:4"),
                file.secrets().stream()
                        .map(s -> s.instruction() + " " + s.name() + ":"
                                + s.location().line())
                        .toList());
    }

    @Test
    void heredocBodiesAreNotInstructions() throws IOException {
        Dockerfile file = parse("""
                FROM debian:12
                RUN <<EOF
                USER root
                EOF
                USER nobody
                """);

        assertEquals("nobody", file.user());
    }

    @Test
    void aFileWithoutFromIsANote() throws IOException {
        Dockerfile file = parse("# nothing but a comment\n\n");

        assertEquals(0, file.stages());
        assertEquals(List.of("Dockerfile: no FROM instruction"), file.notes());
    }

    @Test
    void imageFacts() {
        assertTrue(ContainerImage.isPinned("eclipse-temurin:21-jre"));
        assertTrue(ContainerImage.isPinned("eclipse-temurin@sha256:0123abcd"));
        assertTrue(ContainerImage.isPinned("scratch"));
        assertFalse(ContainerImage.isPinned("eclipse-temurin"));
        assertFalse(ContainerImage.isPinned("eclipse-temurin:latest"));
        assertFalse(ContainerImage.isPinned("localhost:5000/app"));
        assertTrue(ContainerImage.isRoot("root"));
        assertTrue(ContainerImage.isRoot("0:0"));
        assertFalse(ContainerImage.isRoot("1001"));
        assertTrue(ContainerImage.runsAsNonRoot("gcr.io/distroless/java21-debian12:nonroot"));
        assertFalse(ContainerImage.runsAsNonRoot("eclipse-temurin:21-jre"));
    }
}
