package io.github.readiness.rules.policy.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.ListNode;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import io.github.readiness.rules.policy.file.PolicyNode.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a policy file into a {@link PolicyNode} tree by streaming Jackson tokens (YAML or JSON), never binding to an
 * unknown shape, so each key keeps its line. Duplicate keys, YAML aliases and a second document are errors; an empty
 * file is an empty map (the {@code default} preset is one).
 */
public final class PolicyFileReader {
    private PolicyFileReader() {}

    /**
     * @param name how errors name the file ({@code readiness.yaml}, {@code classpath:acme/readiness.yaml})
     * @throws PolicyException one line: {@code <name> line N column C: <parser's reason>; fix the YAML} for a
     *     malformed file, {@code <name> line N: ...} for a well-formed one of the wrong shape
     */
    public static MapNode read(InputStream in, String name, PolicyFormat format) {
        try (JsonParser parser = format.factory().createParser(in)) {
            if (parser.nextToken() == null) {
                return new MapNode(List.of(), 1);
            }
            PolicyNode root = node(parser, name);
            if (!(root instanceof MapNode map)) {
                throw new PolicyException(name + " line " + root.line() + ": a policy file is a map of keys such as"
                        + " 'minScore: 85', not " + root.kind());
            }
            if (parser.nextToken() != null) {
                throw new PolicyException(name + " line " + line(parser) + ": a second document; a policy file holds"
                        + " one " + format.name() + " document");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw malformed(e, name, format);
        } catch (IOException e) {
            throw new PolicyException("cannot read " + name + ": " + e.getMessage());
        }
    }

    private static PolicyNode node(JsonParser parser, String name) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new PolicyException(name + " line " + line + ": '*" + parser.getText() + "' is a YAML alias; policy"
                    + " files do not resolve anchors and aliases: write the value out");
        }
        if (token == JsonToken.START_OBJECT) {
            return map(parser, name, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<PolicyNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, name));
            }
            return new ListNode(items, line);
        }
        return new ScalarNode(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    private static MapNode map(JsonParser parser, String name, int line) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            Integer first = seen.putIfAbsent(key, keyLine);
            if (first != null) {
                throw new PolicyException(name + " line " + keyLine + ": duplicate key '" + key + "' (first at line "
                        + first + "); keep one");
            }
            parser.nextToken();
            entries.add(new Entry(key, keyLine, node(parser, name)));
        }
        return new MapNode(entries, line);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static PolicyException malformed(JsonProcessingException e, String name, PolicyFormat format) {
        int line;
        int column;
        String reason;
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // SnakeYAML's own message spans several lines (snippets and carets): keep its two short parts
            line = yaml.getProblemMark().getLine() + 1;
            column = yaml.getProblemMark().getColumn() + 1;
            reason = (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem();
        } else {
            JsonLocation location = e.getLocation();
            line = location == null ? 1 : location.getLineNr();
            column = location == null ? 1 : location.getColumnNr();
            reason = shortReason(e.getOriginalMessage());
        }
        return new PolicyException(
                name + " line " + line + " column " + column + ": " + reason + "; fix the " + format.name());
    }

    /** Jackson's message, first line only, with its "[Source: ...; line: 1, column: 10]" markers made readable. */
    static String shortReason(String message) {
        String first = message == null
                ? "unreadable"
                : message.lines().findFirst().orElse("unreadable").strip();
        return first.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1 column $2");
    }
}
