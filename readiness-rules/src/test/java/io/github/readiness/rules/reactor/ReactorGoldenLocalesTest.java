package io.github.readiness.rules.reactor;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reactor's golden files in other default locales (see report.GoldenLocalesTest). */
class ReactorGoldenLocalesTest {
    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR", "ar-EG", "hi-IN-u-nu-deva"})
    void theReactorGoldenFilesHoldInAnyDefaultLocale(String tag) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(tag));
        try {
            ReactorReportGoldenTest golden = new ReactorReportGoldenTest();
            golden.json();
            golden.markdown();
            golden.consoleAndFailureMessage();
        } finally {
            Locale.setDefault(before);
        }
    }
}
