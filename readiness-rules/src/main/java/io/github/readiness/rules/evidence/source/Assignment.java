package io.github.readiness.rules.evidence.source;

/**
 * A key and the value a line assigns to it, as written (quotes removed).
 *
 * @param start where the value starts on the line
 * @param javaName whether it is a Java {@code name = "value"} assignment, where a value that names the key itself
 *     ({@code PASSWORD = "password"}) is a field or header name, not a credential
 */
record Assignment(String key, String value, int start, boolean javaName) {
    static Assignment of(String key, String value, int start) {
        return new Assignment(key, value, start, false);
    }
}
