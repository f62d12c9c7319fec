package io.github.readiness.rules.rule.docs;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ApiContracts;
import io.github.readiness.rules.evidence.service.DeploymentFiles;
import io.github.readiness.rules.evidence.service.KubernetesManifests;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.HttpEndpoint;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiContractRuleTest {
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final HttpEndpoint CONTROLLER =
            new HttpEndpoint("@RestController", new Location("src/main/java/x/ItemController.java", 9));

    private static List<String> run(ServiceEvidence service, HttpEndpoint... endpoints) {
        SourceScan scan =
                new SourceScan(3, 100, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(endpoints));
        ProjectEvidence evidence = new ProjectEvidence(
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                Collected.read(scan, List.of()),
                Collected.read(service, List.of()));
        RuleOutcome outcome = RuleRun.run(new ApiContractRule(), evidence);
        if (outcome.equals(RuleOutcome.notApplicable())) {
            return List.of("N/A");
        }
        return outcome.findings().stream()
                .map(f -> f.severity() + " " + f.blocking() + " at " + f.location() + ": " + f.message())
                .toList();
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    private static ServiceEvidence withContracts(ServiceEvidence service, List<String> contracts) {
        return new ServiceEvidence(
                service.projectType(),
                service.detected(),
                service.classpath(),
                service.config(),
                new DeploymentFiles(List.of(), null, KubernetesManifests.NONE, List.of(), contracts));
    }

    @Test
    void endpointsWithoutAContractGetOneFindingAtTheFirstEndpoint() {
        assertEquals(
                List.of("MEDIUM false at src/main/java/x/ItemController.java:9: 1 HTTP endpoint annotation (first"
                        + " @RestController at src/main/java/x/ItemController.java:9) and no OpenAPI contract: no"
                        + " generator (springdoc, smallrye-openapi, micronaut-openapi) on the class path and no"
                        + " openapi.yaml/json in the repository"),
                run(service(classpath(WEB)), CONTROLLER));
    }

    @Test
    void aGeneratorOrAContractFilePasses() {
        assertEquals(
                List.of(),
                run(service(classpath(WEB, "org.springdoc:springdoc-openapi-starter-webmvc-ui")), CONTROLLER));
        assertEquals(
                List.of(),
                run(withContracts(service(classpath(WEB)), List.of("src/main/resources/openapi.yaml")), CONTROLLER));
    }

    @Test
    void noEndpointOrALibraryIsNotApplicable() {
        assertEquals(List.of("N/A"), run(service(classpath(WEB))));
        ServiceEvidence web = service(classpath(WEB));
        ServiceEvidence library =
                new ServiceEvidence(ProjectType.LIBRARY, web.detected(), web.classpath(), web.config());
        assertEquals(List.of("N/A"), run(library, CONTROLLER));
    }

    @Test
    void contractFilesAreFoundWhereTheyAreKept(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src/main/resources/META-INF"));
        Files.writeString(dir.resolve("src/main/resources/META-INF/openapi.yaml"), "openapi: 3.0.3\n");
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/petstore-swagger.json"), "{}");
        Files.writeString(dir.resolve("application.yml"), "a: b\n");

        assertEquals(
                List.of("api/petstore-swagger.json", "src/main/resources/META-INF/openapi.yaml"),
                ApiContracts.find(dir));
    }
}
