package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.ListNode;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import io.github.readiness.rules.policy.file.PolicyNode.ScalarNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyFileReaderTest {
    static MapNode yaml(String text) {
        return read(text, "readiness.yaml", PolicyFormat.YAML);
    }

    static MapNode read(String text, String name, PolicyFormat format) {
        return PolicyFileReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, format);
    }

    @Test
    void yamlKeepsTheLineOfEveryKeyAndValue() {
        MapNode root = yaml("""
                # a comment
                minScore: 85
                rules:
                  coverage.line:
                    threshold: 85%
                    level: OFF
                security:
                  secretAllowList: [ "a/**",
                    b ]
                """);
        assertEquals(
                List.of("minScore", "rules", "security"),
                root.entries().stream().map(Entry::key).toList());
        assertEquals(new Entry("minScore", 2, new ScalarNode("85", 2)), root.entry("minScore"));
        MapNode rule = (MapNode)
                ((MapNode) root.entry("rules").value()).entry("coverage.line").value();
        assertEquals(
                4,
                ((MapNode) root.entry("rules").value()).entry("coverage.line").line());
        assertEquals(new Entry("threshold", 5, new ScalarNode("85%", 5)), rule.entry("threshold"));
        // YAML 1.1 reads OFF as false: the tree keeps the text, so "level: OFF" means the level OFF
        assertEquals(new Entry("level", 6, new ScalarNode("OFF", 6)), rule.entry("level"));
        ListNode list = (ListNode) ((MapNode) root.entry("security").value())
                .entry("secretAllowList")
                .value();
        assertEquals(List.of(new ScalarNode("a/**", 8), new ScalarNode("b", 9)), list.items());
        assertEquals(8, list.line());
    }

    @Test
    void jsonIsReadWithTheJsonParserAndKeepsLinesToo() {
        MapNode root = read(
                "{\n  \"minScore\": 85,\n  \"rules\": {\"coverage.line\": {\"threshold\": 0.85}},\n"
                        + "  \"waivers\": [],\n  \"x\": null\n}",
                "readiness.json",
                PolicyFormat.JSON);
        assertEquals(new ScalarNode("85", 2), root.entry("minScore").value());
        MapNode rules = (MapNode) root.entry("rules").value();
        assertEquals(
                new ScalarNode("0.85", 3),
                ((MapNode) rules.entry("coverage.line").value())
                        .entry("threshold")
                        .value());
        assertEquals(new ListNode(List.of(), 4), root.entry("waivers").value());
        assertEquals(new ScalarNode(null, 5), root.entry("x").value());
    }

    @Test
    void emptyValuesAreNullAndDatesStayText() {
        MapNode root = yaml("a:\nb: ~\nc: 2027-03-31\nd: ''\n");
        assertNull(((ScalarNode) root.entry("a").value()).text());
        assertNull(((ScalarNode) root.entry("b").value()).text());
        assertEquals("2027-03-31", ((ScalarNode) root.entry("c").value()).text());
        assertEquals("", ((ScalarNode) root.entry("d").value()).text());
    }

    @Test
    void anEmptyFileIsAnEmptyMap() {
        assertEquals(new MapNode(List.of(), 1), yaml(""));
        assertEquals(new MapNode(List.of(), 1), yaml("# nothing configured yet\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            minScore: 80\\nrules: {}\\nminScore: 90\\n | readiness.yaml line 3: duplicate key 'minScore' (first at line 1); keep one
            rules:\\n  a: {level: OFF, level: WARN}\\n | readiness.yaml line 2: duplicate key 'level' (first at line 2); keep one
            - minScore: 80\\n                          | readiness.yaml line 1: a policy file is a map of keys such as 'minScore: 85', not a list
            just text\\n                               | readiness.yaml line 1: a policy file is a map of keys such as 'minScore: 85', not a single value
            minScore: 80\\n---\\nminScore: 90\\n       | readiness.yaml line 3: a second document; a policy file holds one YAML document
            base: &b 80\\nminScore: *b\\n              | readiness.yaml line 2: '*b' is a YAML alias; policy files do not resolve anchors and aliases: write the value out
            rules:\\n  coverage.line: {threshold: 80%\\nminScore: 3\\n | readiness.yaml line 3 column 9: while parsing a flow mapping: expected ',' or '}', but got :; fix the YAML
            minScore: 80\\n  rules: x\\n               | readiness.yaml line 2 column 8: mapping values are not allowed here; fix the YAML
            reason: 'unterminated\\n                   | readiness.yaml line 2 column 1: while scanning a quoted scalar: found unexpected end of stream; fix the YAML
            rules:\\n\\tcoverage.line: {}\\n           | readiness.yaml line 2 column 1: while scanning for the next token: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation); fix the YAML
            """)
    void badYamlIsOneLineNamingFileAndLine(String text, String message) {
        String yaml = text.replace("\\n", "\n").replace("\\t", "\t");
        assertEquals(
                message, assertThrows(PolicyException.class, () -> yaml(yaml)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"minScore": 80,,}                    | readiness.json line 1 column 17: Unexpected character (',' (code 44)): was expecting double-quote to start field name; fix the JSON
            {"minScore": 80}\\n{"a": 1}           | readiness.json line 2: a second document; a policy file holds one JSON document
            {"rules": {\\n"a": 1\\n               | readiness.json line 3 column 1: Unexpected end-of-input: expected close marker for Object (start marker at line 1 column 11); fix the JSON
            {"a": 1, "a": 2}                      | readiness.json line 1: duplicate key 'a' (first at line 1); keep one
            minScore: 80                          | readiness.json line 1 column 1: Unrecognized token 'minScore': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); fix the JSON
            """)
    void badJsonIsOneLineNamingFileAndLine(String text, String message) {
        String json = text.replace("\\n", "\n");
        assertEquals(
                message,
                assertThrows(PolicyException.class, () -> read(json, "readiness.json", PolicyFormat.JSON))
                        .getMessage());
    }

    @Test
    void theFormatIsToldByTheExtension() {
        assertEquals(PolicyFormat.YAML, PolicyFormat.of("readiness.yaml"));
        assertEquals(PolicyFormat.YAML, PolicyFormat.of("acme/Readiness.YML"));
        assertEquals(PolicyFormat.JSON, PolicyFormat.of("readiness.json"));
        assertEquals(
                "readiness.txt is not a policy file: use a name ending in .yaml, .yml or .json",
                assertThrows(PolicyException.class, () -> PolicyFormat.of("readiness.txt"))
                        .getMessage());
    }

    @Test
    void nodesNameTheirKindForMessages() {
        assertInstanceOf(MapNode.class, yaml("a: {}").entry("a").value());
        assertEquals("a map", yaml("a: {}").entry("a").value().kind());
        assertEquals("a list", yaml("a: []").entry("a").value().kind());
        assertEquals("a single value", yaml("a: 1").entry("a").value().kind());
    }
}
