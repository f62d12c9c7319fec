package io.github.readiness.rules.rule.deployment;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.DeploymentFiles;
import io.github.readiness.rules.evidence.service.DockerfileReader;
import io.github.readiness.rules.evidence.service.ImageBuild;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerRuleTest {
    private static final ServiceEvidence WEB = service(classpath("org.springframework.boot:spring-boot-starter-web"));

    private static ServiceEvidence with(DeploymentFiles deployment, ProjectType type) {
        return new ServiceEvidence(type, WEB.detected(), WEB.classpath(), WEB.config(), deployment);
    }

    private static DeploymentFiles dockerfile(String text) throws IOException {
        return new DeploymentFiles(
                List.of(DockerfileReader.read(new StringReader(text), "Dockerfile")), null, List.of());
    }

    private static List<String> run(ServiceEvidence service) {
        Collected<ServiceEvidence> collected = Collected.read(service, List.of());
        ProjectEvidence evidence = new ProjectEvidence(
                missing(), missing(), missing(), missing(), missing(), missing(), missing(), missing(), collected);
        RuleOutcome outcome = RuleRun.run(new ContainerRule(), evidence);
        if (outcome.equals(RuleOutcome.notApplicable())) {
            return List.of("N/A");
        }
        return outcome.findings().stream()
                .map(f ->
                        f.severity() + " " + f.blocking() + " " + f.key() + " at " + f.location() + ": " + f.message())
                .toList();
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    @Test
    void aRootImageWithALatestBaseAndASecretGetsAFindingForEach() throws IOException {
        List<String> findings = run(with(
                dockerfile(
                        "FROM eclipse-temurin AS build\nFROM eclipse-temurin:latest\nENV API_KEY=demo-key\nUSER root\n"),
                ProjectType.AUTO));

        assertEquals(
                List.of(
                        "HIGH false Dockerfile user at Dockerfile:4: Dockerfile: the final stage runs as USER root",
                        "MEDIUM false Dockerfile base-image at Dockerfile:2: Dockerfile: the final stage's base image"
                                + " eclipse-temurin:latest is not pinned (no tag, or latest): each build may ship"
                                + " another image",
                        "HIGH false Dockerfile ENV API_KEY at Dockerfile:3: Dockerfile: ENV API_KEY sets a credential in"
                                + " the image, visible in its history to anyone who pulls it",
                        "LOW false Dockerfile healthcheck at Dockerfile:2: Dockerfile: no HEALTHCHECK in the final stage"
                                + " and no Kubernetes probes in the repository"),
                findings);
    }

    @Test
    void noUserIsTheBaseImagesUserAndAHealthyNonRootImagePasses() throws IOException {
        assertEquals(
                "MEDIUM false Dockerfile user at Dockerfile:1: Dockerfile: the final stage sets no USER, so the"
                        + " container runs as the base image's user (root for eclipse-temurin:21-jre and most images)",
                run(with(dockerfile("FROM eclipse-temurin:21-jre\nHEALTHCHECK CMD true\n"), ProjectType.AUTO))
                        .get(0));
        assertEquals(
                List.of(),
                run(with(
                        dockerfile("FROM gcr.io/distroless/java21-debian12:nonroot\nHEALTHCHECK CMD [\"/ok\"]\n"),
                        ProjectType.AUTO)));
    }

    @Test
    void jibWithoutAUserRunsAsRoot() {
        ImageBuild jib = new ImageBuild(ImageBuild.JIB, "eclipse-temurin", null, new Location("pom.xml", 40));

        assertEquals(
                List.of(
                        "MEDIUM false jib user at pom.xml:40: jib-maven-plugin sets no <container><user>, so the image"
                                + " runs as root",
                        "MEDIUM false jib base-image at pom.xml:40: jib-maven-plugin's <from><image>eclipse-temurin</image>"
                                + " is not pinned (no tag, or latest)"),
                run(with(new DeploymentFiles(List.of(), jib, List.of()), ProjectType.AUTO)));
        ImageBuild buildpacks = new ImageBuild(ImageBuild.BUILDPACKS, null, null, null);
        assertEquals(List.of(), run(with(new DeploymentFiles(List.of(), buildpacks, List.of()), ProjectType.AUTO)));
    }

    @Test
    void withoutContainerBuildOrForALibraryItIsNotApplicable() throws IOException {
        assertEquals(List.of("N/A"), run(with(DeploymentFiles.NONE, ProjectType.AUTO)));
        assertEquals(List.of("N/A"), run(with(dockerfile("FROM eclipse-temurin\n"), ProjectType.LIBRARY)));
    }
}
