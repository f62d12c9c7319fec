package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import io.github.readiness.rules.policy.file.PolicyNode.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@value ProjectPolicyFile#ATTESTATIONS} for {@code readiness:attest}: the file's attestations plus the new
 * one (which replaces an earlier one for the same item: renewing is attesting again), sorted by item, one fixed
 * layout, no timestamp beyond the date; written to a temporary file and moved over the old one, so a reader never sees
 * half a file.
 */
public final class AttestationsFile {
    static final String HEADER = "# Attestations of the pre-deployment checklist, one per item, sorted by item.\n"
            + "# Written by mvn readiness:attest -Ditem=<id> -Devidence=<file or https URL> [-Dby=<name>].\n";

    /** One attestation as the file holds it. */
    public record Entry(String item, String by, LocalDate date, String evidence) {}

    private AttestationsFile() {}

    /**
     * Records the attestation, replacing an earlier one of the same item.
     *
     * @return the attestation it replaced, or null
     * @throws PolicyException when the existing file is not a well-formed attestations file (named with its line)
     * @throws IOException when the file cannot be written
     */
    public static Entry record(Path file, Entry added, String shownName) throws IOException {
        List<Entry> entries = Files.isRegularFile(file) ? read(file, shownName) : new ArrayList<>();
        Entry replaced = entries.stream()
                .filter(e -> e.item().equals(added.item()))
                .findFirst()
                .orElse(null);
        entries.removeIf(e -> e.item().equals(added.item()));
        entries.add(added);
        entries.sort(Comparator.comparing(Entry::item));
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".readiness-attestations", ".tmp");
        try {
            Files.writeString(temporary, render(entries), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return replaced;
    }

    /** The file's text for these entries, in their order. */
    static String render(List<Entry> entries) {
        StringBuilder yaml = new StringBuilder(HEADER).append("attestations:\n");
        for (Entry e : entries) {
            yaml.append("  - item: ").append(e.item()).append('\n');
            yaml.append("    by: ").append(quoted(e.by())).append('\n');
            yaml.append("    date: ").append(e.date()).append('\n');
            yaml.append("    evidence: ").append(quoted(e.evidence())).append('\n');
        }
        return yaml.toString();
    }

    /** A YAML double-quoted scalar (JSON string escaping is valid YAML), so no value can change the file's shape. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static List<Entry> read(Path file, String name) throws IOException {
        MapNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = PolicyFileReader.read(
                    in, name, PolicyFormat.of(file.getFileName().toString()));
        }
        FileValues values = new FileValues(PolicySource.file(file, name));
        values.checkKeys(root, PolicyKeys.ATTESTATIONS_FILE, "");
        List<Entry> entries = new ArrayList<>();
        PolicyNode.Entry list = root.entry(PolicyKeys.ATTESTATIONS);
        if (list == null) {
            return entries;
        }
        for (PolicyNode node : values.list(list.value(), PolicyKeys.ATTESTATIONS, "'- item: rollback-tested'")
                .items()) {
            MapNode map = values.map(node, "an attestation", "'{item: ..., by: ..., date: ..., evidence: ...}'");
            values.checkKeys(map, PolicyKeys.ATTESTATION, " in an attestation");
            entries.add(new Entry(
                    text(values, map, "item"),
                    text(values, map, "by"),
                    values.date(field(values, map, "date"), "date"),
                    text(values, map, "evidence")));
        }
        return entries;
    }

    private static String text(FileValues values, MapNode map, String key) {
        return values.text(field(values, map, key), key);
    }

    private static PolicyNode field(FileValues values, MapNode map, String key) {
        PolicyNode.Entry entry = map.entry(key);
        if (entry == null) {
            throw values.error(
                    map.line(), "attestation has no " + key + ": every attestation needs item, by, date and evidence");
        }
        return entry.value() == null ? new ScalarNode(null, entry.line()) : entry.value();
    }
}
