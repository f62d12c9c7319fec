package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.io.JsonStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an OWASP dependency-check JSON report ({@code dependency-check-report.json}) of any engine generation:
 * the 4.x flat layout ({@code cvssScore} as a string, {@code identifiers}, mixed-case severities), the
 * {@code cvssv2}/{@code cvssv3} blocks of 5.x and later, {@code knownExploitedVulnerability} (9.x+) and
 * {@code cvssv4} (12.x). Also what the scanned project was ({@code projectInfo}), which modules use each vulnerable
 * dependency and through which direct dependency, and the affected version ranges ({@code vulnerableSoftware},
 * 5.x+). Streams with the engine's {@link JsonStream} and skips every field it does not need (evidence, references,
 * hashes), so heap use stays small however large the report; vulnerabilities are read by
 * {@link DependencyCheckJsonVulnerability}, the audit is collected by {@link DependencyAuditBuilder}.
 *
 * <p>Kept as written: severities ("High", "MEDIUM", "medium"), names that are not CVE ids, unscored entries.
 * Suppressed vulnerabilities keep their CVSS scores and have no reported severity; a blank {@code notes} is null.
 */
public final class DependencyCheckJsonReader {
    static final String TOOL = "dependency-check";
    static final String REGENERATE = "re-run dependency-check to regenerate it, or use its XML report"
            + " (dependency-check 12.0.0 and 12.0.1 write invalid JSON)";
    private static final String POINT_AT_REPORT =
            "point the dependency audit at the dependency-check-report.json that dependency-check writes";
    private static final List<String> REQUIRED_KEYS = List.of("reportSchema", "scanInfo", "dependencies");

    /**
     * @param in the report's content; not closed here
     * @param file the report as messages name it (relative to the project base directory)
     * @return every dependency counted, the vulnerable ones (active or suppressed vulnerabilities) in report order
     * @throws EvidenceException when the file is not JSON, is truncated, is another tool's JSON, or has a score that
     *     is not a CVSS score
     */
    public DependencyAudit read(InputStream in, Path file) throws EvidenceException {
        try (JsonStream json = JsonStream.of(in)) {
            return new Parse(json, file).report();
        } catch (JsonProcessingException e) {
            throw new EvidenceException(file, "is malformed or truncated JSON (" + where(e) + "): " + REGENERATE, e);
        } catch (IOException e) {
            throw new EvidenceException(
                    file, "could not be read (" + e.getMessage() + "): check that it is readable", e);
        }
    }

    /** "line N, column M: reason": the reason's first line, without Jackson's "(start marker at ...)" excerpt. */
    private static String where(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage())
                .lines()
                .findFirst()
                .orElse("")
                .strip();
        int marker = reason.indexOf(" (start marker at");
        reason = marker >= 0 ? reason.substring(0, marker) : reason;
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1
                ? reason
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + reason;
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final JsonStream json;
        private final Path file;
        private final List<String> keysSeen = new ArrayList<>();
        private final DependencyAuditBuilder audit = new DependencyAuditBuilder();
        private final DependencyCheckJsonVulnerability vulnerability;

        Parse(JsonStream json, Path file) {
            this.json = json;
            this.file = file;
            this.vulnerability = new DependencyCheckJsonVulnerability(json, file);
        }

        DependencyAudit report() throws IOException, EvidenceException {
            JsonToken first = json.next();
            if (first == null) {
                throw new EvidenceException(file, "is malformed or truncated JSON (the file is empty): " + REGENERATE);
            }
            expect(JsonToken.START_OBJECT, "its top level is not an object");
            for (String key = json.nextField(); key != null; key = json.nextField()) {
                keysSeen.add(key);
                switch (key) {
                    case "scanInfo" -> scanInfo();
                    case "projectInfo" -> projectInfo();
                    case "dependencies" -> dependencies();
                    default -> json.skip();
                }
            }
            List<String> missing =
                    REQUIRED_KEYS.stream().filter(k -> !keysSeen.contains(k)).toList();
            if (!missing.isEmpty()) {
                String sarif = keysSeen.contains("runs") ? "; it looks like SARIF" : "";
                throw notDependencyCheck("no \"" + String.join("\", \"", missing) + "\"" + sarif);
            }
            return audit.build();
        }

        private void scanInfo() throws IOException, EvidenceException {
            expect(JsonToken.START_OBJECT, "\"scanInfo\" is not an object");
            for (String key = json.nextField(); key != null; key = json.nextField()) {
                if (key.equals("engineVersion")) {
                    audit.engineVersion(json.text());
                } else {
                    json.skip();
                }
            }
        }

        /** {@code "projectInfo": {"name": ..., "groupID": ..., "reportDate": ...}}; a non-object is skipped. */
        private void projectInfo() throws IOException {
            if (json.token() != JsonToken.START_OBJECT) {
                json.skip();
                return;
            }
            ScannedProjectBuilder builder = new ScannedProjectBuilder();
            for (String key = json.nextField(); key != null; key = json.nextField()) {
                builder.field(key, json.text()); // text() skips "credits", an object
            }
            audit.project(builder.build());
        }

        private void dependencies() throws IOException, EvidenceException {
            expect(JsonToken.START_ARRAY, "\"dependencies\" is not an array");
            json.forEachElement((i, element) -> {
                expect(JsonToken.START_OBJECT, "an entry of \"dependencies\" is not an object");
                dependency();
            });
        }

        /** Reads the dependency object the parser stands on; the audit keeps it only when it has a vulnerability. */
        private void dependency() throws IOException, EvidenceException {
            DependencyAuditBuilder.Dependency dependency = audit.dependency();
            for (String key = json.nextField(); key != null; key = json.nextField()) {
                switch (key) {
                    case "fileName" -> dependency.fileName(json.text());
                    case "filePath" -> dependency.filePath(json.text());
                    case "packages" -> identifiers(dependency::packageId, "id");
                    case "identifiers" -> identifiers(dependency::packageId, "name");
                    case "projectReferences" ->
                        json.forEachElement((i, element) -> dependency.projectReference(json.text()));
                    case "includedBy" -> identifiers(dependency::includedBy, "reference"); // [{"reference": "pkg:..."}]
                    case "vulnerabilities" ->
                        json.forEachObject(() -> dependency.vulnerability(vulnerability.read(false)));
                    case "suppressedVulnerabilities" ->
                        json.forEachObject(() -> dependency.vulnerability(vulnerability.read(true)));
                    default -> json.skip();
                }
            }
            dependency.end();
        }

        /**
         * 5.x and later: {@code "packages": [{"id": "pkg:maven/g/a@v"}]}; 4.x: {@code "identifiers": [{"name":
         * "g:a:v", "type": "maven"}]}, where entries of type {@code cpe} name a product, not a package. Also
         * {@code "includedBy": [{"reference": "pkg:maven/g/a@v"}]}.
         */
        private void identifiers(Consumer<String> into, String idKey) throws IOException, EvidenceException {
            json.forEachObject(() -> {
                String id = null;
                String type = null;
                for (String key = json.nextField(); key != null; key = json.nextField()) {
                    if (key.equals(idKey)) {
                        id = json.text();
                    } else if (key.equals("type")) {
                        type = json.text();
                    } else {
                        json.skip();
                    }
                }
                if (!"cpe".equals(type)) {
                    into.accept(id);
                }
            });
        }

        private void expect(JsonToken token, String otherwise) throws EvidenceException {
            if (json.token() != token) {
                throw notDependencyCheck(otherwise);
            }
        }

        private EvidenceException notDependencyCheck(String why) {
            return new EvidenceException(
                    file, "is not an OWASP dependency-check JSON report (" + why + "): " + POINT_AT_REPORT);
        }
    }
}
