package nl.maakscan.programme;

import nl.maakscan.model.Company;

import java.util.Locale;

/**
 * How sample data is recognised. The store has no flag for it; every sample Maakscan makes or ships (the
 * sample answers files, the benchmark's sample database) names its company {@code VOORBEELD ... (sample)} and
 * its assessor {@code Voorbeeldgegevens (sample data)}. A company counts as sample data when its name starts
 * with {@code VOORBEELD} or ends with {@code (sample)}, in any case (docs/decisions/0012).
 */
public final class SampleData {

    private SampleData() {
    }

    public static boolean isSample(Company company) {
        String name = company.name() == null ? "" : company.name().strip().toLowerCase(Locale.ROOT);
        return name.startsWith("voorbeeld ") || name.endsWith("(sample)");
    }
}
