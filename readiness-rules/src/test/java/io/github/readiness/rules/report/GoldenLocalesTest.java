package io.github.readiness.rules.report;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files hold whatever the build machine's locale: German decimal commas, Turkish dotless i, Arabic-Indic
 * digits (Java's CLDR data for ar-EG formats %d with them) must not reach any file or console line.
 */
class GoldenLocalesTest {
    static Stream<Locale> locales() {
        return Stream.of(
                Locale.GERMANY,
                Locale.forLanguageTag("tr-TR"),
                Locale.forLanguageTag("ar-EG"),
                Locale.forLanguageTag("hi-IN-u-nu-deva"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyGoldenFileHoldsInAnyDefaultLocale(Locale locale) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            ReportGoldenTest text = new ReportGoldenTest();
            text.jsonMatchesGoldenFile();
            text.markdownMatchesGoldenFile();
            text.consoleSummaryMatchesGoldenFile();
            text.jsonWithWaiversMatchesGoldenFile();
            text.markdownWithWaiversMatchesGoldenFile();
            text.consoleSummaryWithWaiversMatchesGoldenFile();
            MachineReportGoldenTest machine = new MachineReportGoldenTest();
            machine.sarifMatchesGoldenFile();
            machine.sarifWithWaiversMatchesGoldenFile();
            machine.junitMatchesGoldenFile();
            machine.junitWithWaiversMatchesGoldenFile();
            machine.stepSummaryMatchesGoldenFile();
            BaselineReportGoldenTest compared = new BaselineReportGoldenTest();
            compared.jsonMatchesGoldenFile();
            compared.markdownMatchesGoldenFile();
            compared.consoleSummaryMatchesGoldenFile();
        } finally {
            Locale.setDefault(before);
        }
    }
}
