package io.github.readiness.rules.evidence.service;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every document of a YAML text as a tree, with its first line, read with Jackson's streaming YAML parser. Jackson's
 * tree reader leaves aliases unresolved ({@code *sized} reads as the string "sized"), so the trees are built here:
 * anchors ({@code &sized}) are remembered, aliases replaced by the anchored node and merge keys ({@code <<: *base})
 * merged, keys the mapping sets itself winning. An alias of an unknown anchor is an error naming the line.
 */
final class YamlDocuments {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One document and the line it starts on. */
    record Document(JsonNode root, int line) {}

    private YamlDocuments() {}

    static List<Document> read(String text) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (YAMLParser parser = FACTORY.createParser(text)) {
            while (parser.nextToken() != null) {
                int line = parser.currentTokenLocation().getLineNr();
                documents.add(new Document(node(parser, new HashMap<>()), line));
            }
        }
        return documents;
    }

    private static JsonNode node(YAMLParser parser, Map<String, JsonNode> anchors) throws IOException {
        if (parser.isCurrentAlias()) {
            JsonNode anchored = anchors.get(parser.getText());
            if (anchored == null) {
                throw new IOException("alias *" + parser.getText() + " of no anchor at line "
                        + parser.currentTokenLocation().getLineNr());
            }
            return anchored;
        }
        Object anchor = parser.getObjectId();
        JsonNode node;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            List<ObjectNode> merged = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                JsonNode value = node(parser, anchors);
                if (name.equals("<<")) {
                    merges(value, merged);
                } else {
                    object.set(name, value);
                }
            }
            for (ObjectNode base : merged) {
                for (Iterator<Map.Entry<String, JsonNode>> it = base.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!object.has(field.getKey())) {
                        object.set(field.getKey(), field.getValue());
                    }
                }
            }
            node = object;
        } else if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(node(parser, anchors));
            }
            node = array;
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
            node = NODES.numberNode(parser.getLongValue());
        } else if (token == JsonToken.VALUE_NULL) {
            node = NODES.nullNode();
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            node = NODES.booleanNode(token == JsonToken.VALUE_TRUE);
        } else {
            node = NODES.textNode(parser.getText());
        }
        if (anchor != null) {
            anchors.put(anchor.toString(), node);
        }
        return node;
    }

    private static void merges(JsonNode value, List<ObjectNode> merged) {
        if (value instanceof ObjectNode object) {
            merged.add(object);
        } else if (value.isArray()) {
            value.forEach(item -> merges(item, merged));
        }
    }
}
