package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.io.JsonStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a SARIF 2.1.0 log from any scanner (SpotBugs, CodeQL, dependency-check...) in one streaming pass with
 * the engine's {@link JsonStream}: every result of every run, each resolved against its rule (from
 * {@code tool.driver.rules} or {@code tool.extensions[*].rules}) for level, security-severity, security tag,
 * description, CVSS scores (dependency-check's rule properties) and a fallback message. Fields may come in any
 * order; per result only what {@link SarifResult} needs is kept, so memory follows the number of results, not the
 * size of the file.
 */
public final class SarifReader {
    private static final String REGENERATE = "regenerate it with the scanner that wrote it";
    private static final String POINT_AT_SARIF =
            "point the SARIF configuration at a SARIF 2.1.0 log (e.g. target/spotbugsSarif.json)";
    /** Top-level keys of dependency-check's own JSON report, the likeliest wrong file next to its SARIF. */
    private static final Set<String> DEPENDENCY_CHECK_KEYS = Set.of("reportSchema", "scanInfo", "dependencies");

    /**
     * @param file the file shown in error messages (relative to the project base directory); never opened
     * @return the tools and results of every run, results in file order
     * @throws EvidenceException when the file is not JSON, is truncated, or is JSON but not SARIF
     */
    public SarifReport read(InputStream in, Path file) throws EvidenceException {
        Document document = new Document();
        try (JsonStream json = JsonStream.of(in)) {
            JsonToken first = json.next();
            if (first == null) {
                throw new EvidenceException(file, "is empty, not a SARIF file: " + REGENERATE);
            }
            if (first != JsonToken.START_OBJECT) {
                json.skip();
                json.requireEnd();
                throw notSarif(file, "the top-level value is not a JSON object");
            }
            json.forEachField(document::field);
            json.requireEnd();
            if (!document.hasRuns) {
                throw notSarif(
                        file,
                        document.looksLikeDependencyCheck
                                ? "no \"runs\" array; it looks like an OWASP dependency-check JSON report"
                                : "no \"runs\" array");
            }
            return new SarifReport(document.tools, document.results, document.scannedAt);
        } catch (JsonProcessingException e) {
            throw new EvidenceException(
                    file, "is malformed or truncated JSON (" + describe(e) + "): " + document.regenerate(), e);
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "could not be read (" + oneLine(e.getMessage()) + "): check the file" + " permissions or "
                            + REGENERATE,
                    e);
        }
    }

    private static EvidenceException notSarif(Path file, String why) {
        return new EvidenceException(file, "is not a SARIF file (" + why + "): " + POINT_AT_SARIF);
    }

    /** The top-level object: "version", "$schema" and "runs"; everything else is skipped. */
    private static final class Document {
        final List<String> tools = new ArrayList<>();
        final List<SarifResult> results = new ArrayList<>();
        final Map<String, Instant> scannedAt = new HashMap<>();
        boolean hasRuns;
        boolean looksLikeDependencyCheck;
        /** The tool of the run being read: a log broken after its driver's name still says who wrote it. */
        String lastTool;

        /** "re-run SpotBugs to regenerate it": the advice for a broken log names the tool that wrote it, if known. */
        String regenerate() {
            return lastTool == null ? REGENERATE : "re-run " + lastTool + " to regenerate it";
        }

        void field(String name, JsonStream json) throws IOException {
            if (name.equals("runs") && json.token() == JsonToken.START_ARRAY) {
                hasRuns = true;
                json.forEachElement((i, run) -> readRun(run));
            } else if (DEPENDENCY_CHECK_KEYS.contains(name)) {
                looksLikeDependencyCheck = true;
            }
        }

        private void readRun(JsonStream json) throws IOException {
            Run run = new Run(this);
            json.forEachField(run::field);
            String tool = run.toolName();
            String named = run.version == null ? tool : tool + " " + run.version;
            tools.add(named);
            Instant started = run.started != null ? run.started : run.ended;
            if (started != null) {
                scannedAt.merge(named, started, (a, b) -> a.isBefore(b) ? a : b);
            }
            for (SarifPendingResult pending : run.pending) {
                results.add(pending.resolve(tool, run.rules));
            }
        }
    }

    /** One run: its tool (driver name, version, rules, extensions' rules) and its results, in any order. */
    private static final class Run {
        final Document document;
        final SarifRules rules = new SarifRules();
        final List<SarifPendingResult> pending = new ArrayList<>();
        String name;
        String version;
        Instant started;
        Instant ended;

        Run(Document document) {
            this.document = document;
        }

        String toolName() {
            return name == null || name.isBlank() ? "unknown tool" : name.strip();
        }

        void field(String field, JsonStream json) throws IOException {
            if (field.equals("tool")) {
                json.forEachField(this::toolField);
            } else if (field.equals("results")) {
                json.forEachElement((i, result) -> pending.add(SarifPendingResult.read(result)));
            } else if (field.equals("invocations")) {
                json.forEachElement((i, invocation) -> invocation.forEachField((name, value) -> {
                    if (name.equals("startTimeUtc")) {
                        started = earliest(started, time(value.string()));
                    } else if (name.equals("endTimeUtc")) {
                        ended = earliest(ended, time(value.string()));
                    }
                }));
            }
        }

        /** SARIF's date-time (ISO 8601, "2026-11-20T08:01:12Z", an offset allowed); null when unparseable. */
        private static Instant time(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                return null; // an odd time is no reason to reject the log: the file's time counts instead
            }
        }

        private static Instant earliest(Instant a, Instant b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }

        private void toolField(String field, JsonStream json) throws IOException {
            if (field.equals("driver")) {
                json.forEachField(this::driverField);
            } else if (field.equals("extensions")) {
                json.forEachElement((index, extension) -> extension.forEachField((name, value) -> {
                    if (name.equals("rules")) {
                        rules.readExtensionRules(index, value);
                    }
                }));
            }
        }

        private void driverField(String field, JsonStream json) throws IOException {
            switch (field) {
                case "name" -> {
                    name = json.string();
                    document.lastTool = name == null || name.isBlank() ? null : name.strip();
                }
                // version is the tool's own spelling; semanticVersion only when no version was given
                case "version" -> version = blankToNull(json.string());
                case "semanticVersion" -> version = version != null ? version : blankToNull(json.string());
                case "rules" -> rules.readDriverRules(json);
                default -> {
                    // informationUri, organization, notifications...: not needed
                }
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** "line N: reason" from Jackson's message, without its source excerpt and location suffix. */
    static String describe(JsonProcessingException e) {
        String reason = oneLine(e.getOriginalMessage());
        int marker = reason.indexOf(" (start marker at");
        if (marker >= 0) {
            reason = reason.substring(0, marker);
        }
        JsonLocation location = e.getLocation();
        return location != null && location.getLineNr() > 0 ? "line " + location.getLineNr() + ": " + reason : reason;
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
