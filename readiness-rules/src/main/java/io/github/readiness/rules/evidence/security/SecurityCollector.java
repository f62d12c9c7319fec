package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.ProjectInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and reads one module's security evidence: the dependency audit (dependency-check JSON, XML or SARIF: the
 * first present of the module's defaults, else the reactor root's aggregate; or every configured report) and the
 * SARIF logs of other scanners. dependency-check's SARIF results go to the audit, never to both.
 */
public final class SecurityCollector {
    static final String SOURCE = "dependency-check";
    static final String SARIF_SOURCE = "sarif";
    private static final List<String> DEFAULT_NAMES =
            List.of("dependency-check-report.json", "dependency-check-report.xml", "dependency-check-report.sarif");

    /** The audit and the other scanners' results. */
    public record Result(Collected<AuditEvidence> audit, Collected<SarifReport> scanners) {}

    public Result collect(SecurityRequest request) throws EvidenceException {
        ScannerFiles scanners = readScanners(request);
        Collected<AuditEvidence> audit =
                request.auditReports().isEmpty() ? defaultAudit(request, scanners) : configuredAudit(request);
        return new Result(audit, scanners.collected());
    }

    private Collected<AuditEvidence> configuredAudit(SecurityRequest request) throws EvidenceException {
        List<EvidenceRecord> records = new ArrayList<>();
        List<AuditEvidence> read = new ArrayList<>();
        for (Path report : request.auditReports()) {
            Path file = request.baseDir().resolve(report);
            String shown = shown(request, file);
            if (!Files.isRegularFile(file)) {
                records.add(new EvidenceRecord(SOURCE, shown, EvidenceStatus.NOT_AVAILABLE, "configured, not found"));
                continue;
            }
            Collected<AuditEvidence> one =
                    AuditCheck.check(request, file, shown, audit(file, shown), request.project());
            if (!one.isRead()) {
                return Collected.missing(one.status(), one.detail(), concat(records, one.records()));
            }
            records.addAll(one.records());
            read.add(one.value());
        }
        if (read.isEmpty()) {
            return Collected.missing(
                    EvidenceStatus.NOT_AVAILABLE,
                    "configured report(s) not found: "
                            + String.join(
                                    ", ",
                                    records.stream().map(EvidenceRecord::path).toList())
                            + "; run dependency-check before readiness:check (both at verify: declare dependency-check-maven"
                            + " first)",
                    records);
        }
        return Collected.read(AuditCheck.merge(read), records);
    }

    private Collected<AuditEvidence> defaultAudit(SecurityRequest request, ScannerFiles scanners)
            throws EvidenceException {
        List<String> lookedAt = new ArrayList<>();
        Path own = firstPresent(request.buildDirectory(), request, lookedAt);
        if (own != null) {
            String shown = shown(request, own);
            return AuditCheck.check(request, own, shown, audit(own, shown), request.project());
        }
        Path reactor = request.reactorBuildDirectory();
        if (reactor != null
                && !reactor.normalize().equals(request.buildDirectory().normalize())) {
            Path aggregate = firstPresent(reactor, request, lookedAt);
            if (aggregate != null) {
                String shown = shown(request, aggregate);
                ProjectInfo owner = request.reactorProject() != null ? request.reactorProject() : request.project();
                Collected<AuditEvidence> checked =
                        AuditCheck.check(request, aggregate, shown, audit(aggregate, shown), owner);
                return checked.isRead() ? AuditCheck.forModule(checked, request.project()) : checked;
            }
        }
        if (scanners.dependencyCheck() != null) {
            Path file = scanners.dependencyCheckFile();
            return AuditCheck.check(
                    request,
                    file,
                    shown(request, file),
                    new AuditCheck.Read(scanners.dependencyCheck(), false),
                    request.project());
        }
        EvidenceStatus status = request.packagingPom() ? EvidenceStatus.NOT_APPLICABLE : EvidenceStatus.NOT_AVAILABLE;
        String detail = request.packagingPom()
                ? "packaging pom: no dependencies of its own to audit"
                : "no dependency-check report (looked for " + String.join(", ", lookedAt) + ")";
        return Collected.missing(status, detail, List.of(new EvidenceRecord(SOURCE, lookedAt.get(0), status, detail)));
    }

    private static Path firstPresent(Path directory, SecurityRequest request, List<String> lookedAt) {
        for (String name : DEFAULT_NAMES) {
            Path file = directory.resolve(name);
            lookedAt.add(shown(request, file));
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /** A dependency audit from a report file of any of the three formats. */
    private static AuditCheck.Read audit(Path file, String shown) throws EvidenceException {
        EvidenceFile.Content content = EvidenceFile.read(file, Path.of(shown));
        if (content.audit() != null) {
            return new AuditCheck.Read(content.audit(), true);
        }
        DependencyAudit audit = DependencyCheckSarif.audit(content.sarif())
                .orElseThrow(() -> new EvidenceException(
                        Path.of(shown),
                        "is a SARIF log of " + String.join(", ", content.sarif().tools())
                                + ", not of dependency-check: list it under sarifReports instead"));
        return new AuditCheck.Read(audit, false);
    }

    private ScannerFiles readScanners(SecurityRequest request) throws EvidenceException {
        boolean configured = !request.sarifReports().isEmpty();
        List<String> patterns = configured ? request.sarifReports() : defaultSarifPatterns(request);
        ScannerFiles files = new ScannerFiles();
        Set<Path> seen = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<Path> matches = FileGlob.expand(request.baseDir(), pattern);
            if (matches.isEmpty() && configured) {
                files.missing(pattern);
            }
            for (Path file : matches) {
                if (seen.add(file.normalize()) && !isDefaultAuditName(file, configured)) {
                    String shown = shown(request, file);
                    EvidenceFile.Content content = EvidenceFile.read(file, Path.of(shown));
                    if (content.format() != EvidenceFormat.SARIF) {
                        throw new EvidenceException(
                                Path.of(shown),
                                "is " + content.format().description()
                                        + ", not a SARIF log: list only SARIF files under sarifReports");
                    }
                    files.add(file, shown, content.sarif());
                }
            }
        }
        return files;
    }

    /** dependency-check's own SARIF at the default place is the audit's, read there. */
    private static boolean isDefaultAuditName(Path file, boolean configured) {
        return !configured && file.getFileName().toString().equals("dependency-check-report.sarif");
    }

    private static List<String> defaultSarifPatterns(SecurityRequest request) {
        String build = shown(request, request.buildDirectory());
        return List.of(build + "/*.sarif", build + "/*.sarif.json", build + "/spotbugsSarif.json");
    }

    static String shown(SecurityRequest request, Path file) {
        return PathDisplay.relative(request.baseDir(), file);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
