package io.github.readiness.rules.evidence.source;

/**
 * A key and the value a line assigns to it, as written (quotes removed).
 *
 * @param start where the value starts on the line
 * @param javaName whether it is a Java {@code name = "value"} assignment, where a value that names the key itself
 *     ({@code PASSWORD = "password"}) is a field or header name, not a credential
 * @param fallback whether the value is a fallback for a key read from elsewhere ({@code getenv("API_KEY")} with
 *     {@code orElse("demo-key")}), not a value the key is set to
 */
record Assignment(String key, String value, int start, boolean javaName, boolean fallback) {
    static Assignment of(String key, String value, int start) {
        return new Assignment(key, value, start, false, false);
    }

    static Assignment fallback(String key, String value, int start) {
        return new Assignment(key, value, start, false, true);
    }
}
