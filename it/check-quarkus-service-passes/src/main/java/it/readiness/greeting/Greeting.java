package it.readiness.greeting;

/** The greeting text. */
public final class Greeting {
    private Greeting() {}

    public static String of(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return "Hello!";
        }
        String greeting = "Hello, " + trimmed + "!";
        return greeting;
    }
}
