package io.github.readiness.rules.policy.file;

import java.util.List;

/**
 * A policy file as a small tree that remembers the line of every key and value, so each validation error can name
 * it. Built by {@link PolicyFileReader}; nothing else of the file (comments, quoting) is kept.
 */
public sealed interface PolicyNode permits PolicyNode.MapNode, PolicyNode.ListNode, PolicyNode.ScalarNode {
    /** The 1-based line where the node starts. */
    int line();

    /** How error messages name this kind of node ("a map", "a list", "a single value"). */
    String kind();

    /** A map, keys in file order (duplicates are rejected when reading). */
    record MapNode(List<Entry> entries, int line) implements PolicyNode {
        public MapNode {
            entries = List.copyOf(entries);
        }

        /** The entry with this key, or null. */
        public Entry entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    /** One key of a map, with the line of the key itself. */
    record Entry(String key, int line, PolicyNode value) {}

    /** A list, items in file order. */
    record ListNode(List<PolicyNode> items, int line) implements PolicyNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A single value as written ({@code 85%}, {@code 0.8}, {@code OFF}, {@code 2027-03-31}): YAML's booleans and dates
     * stay text, so {@code level: OFF} is the level OFF, not {@code false}.
     *
     * @param text the value as written, or null for an empty value ({@code key:} or {@code ~} or JSON {@code null})
     */
    record ScalarNode(String text, int line) implements PolicyNode {
        @Override
        public String kind() {
            return "a single value";
        }
    }
}
