package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the service evidence: the detected kind with its reason (one line of the evidence table), and for a
 * service the application configuration files read (a second line, with the files that could not be read).
 */
public final class ServiceCollector {
    static final String SOURCE = "service";
    static final String CONFIG_SOURCE = "application config";

    public Collected<ServiceEvidence> collect(ServiceRequest request) {
        ServiceDetection detected = ServiceDetector.detect(request.packaging(), request.plugins(), request.classpath());
        ServiceEvidence kindOnly =
                new ServiceEvidence(request.projectType(), detected, request.classpath(), ApplicationConfig.EMPTY);
        List<EvidenceRecord> records = new ArrayList<>();
        records.add(new EvidenceRecord(SOURCE, request.pomFile(), EvidenceStatus.READ, kindOnly.describe()));
        if (!kindOnly.isService()) {
            return Collected.read(kindOnly, records);
        }
        ApplicationConfig config = ApplicationConfigReader.read(request.baseDir(), request.configDirectories());
        DeploymentFiles deployment = DeploymentFilesReader.read(request.baseDir(), request.imageBuild());
        boolean postgres = request.classpath().stream().anyMatch(a -> a.matches("org.postgresql:postgresql"));
        Migrations migrations = MigrationReader.read(request.baseDir(), request.configDirectories(), postgres);
        ServiceEvidence evidence = new ServiceEvidence(
                request.projectType(), detected, request.classpath(), config, deployment, migrations);
        records.add(configRecord(config));
        records.add(DeploymentRecords.container(deployment));
        records.add(DeploymentRecords.kubernetes(deployment.kubernetes()));
        if (!migrations.files().isEmpty() || !migrations.notes().isEmpty()) {
            records.add(DeploymentRecords.migrations(migrations));
        }
        return Collected.read(evidence, records);
    }

    private static EvidenceRecord configRecord(ApplicationConfig config) {
        String path = config.files().isEmpty()
                ? "application.properties, application.yml"
                : String.join(", ", config.files());
        if (!config.notes().isEmpty()) {
            return new EvidenceRecord(CONFIG_SOURCE, path, EvidenceStatus.INVALID, String.join("; ", config.notes()));
        }
        if (config.files().isEmpty()) {
            return new EvidenceRecord(
                    CONFIG_SOURCE,
                    path,
                    EvidenceStatus.NOT_AVAILABLE,
                    "no application configuration file in the main resources: the framework's defaults apply");
        }
        return new EvidenceRecord(
                CONFIG_SOURCE, path, EvidenceStatus.READ, config.properties().size() + " settings");
    }
}
