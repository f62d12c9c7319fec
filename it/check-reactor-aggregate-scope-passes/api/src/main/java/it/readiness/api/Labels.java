package it.readiness.api;

/** Straight-line code, fully tested: the bulk of the reactor's lines. */
public class Labels {
    public String upper(String text) {
        String result = text.toUpperCase();
        return result;
    }

    public String lower(String text) {
        String result = text.toLowerCase();
        return result;
    }

    public String quoted(String text) {
        String result = "'" + text + "'";
        return result;
    }

    public String bracketed(String text) {
        String result = "[" + text + "]";
        return result;
    }

    public String repeated(String text) {
        String result = text + text;
        return result;
    }

    public String trimmed(String text) {
        String result = text.strip();
        return result;
    }

    public int length(String text) {
        int result = text.length();
        return result;
    }

    public String first(String text) {
        String result = text.substring(0, 1);
        return result;
    }
}
