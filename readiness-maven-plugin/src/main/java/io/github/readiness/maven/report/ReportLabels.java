package io.github.readiness.maven.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The site report's labels, from {@code readiness-report.properties} (English, the default) or a translation of it.
 * The JVM's own locale is never a fallback, so the same site locale gives the same page on every machine.
 */
public final class ReportLabels {
    static final String BUNDLE = "readiness-report";
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportLabels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ReportLabels of(Locale locale) {
        Locale wanted = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                wanted,
                ReportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportLabels(bundle, wanted);
    }

    /** The label of a key; a missing key shows as the key itself rather than failing the site. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A label with {0}, {1}, ... filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
