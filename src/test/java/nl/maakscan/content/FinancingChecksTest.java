package nl.maakscan.content;

import nl.maakscan.model.FinancingInstrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The source of a financing instrument: a secure address and a real day of consultation, reported with FILE:LINE. */
class FinancingChecksTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH);

    /** The mini questionnaire with the first instrument's source replaced by {@code source}. */
    private LoadResult withKiaSource(Path dir, String source) throws Exception {
        Path main = QuestionnaireLoaderTest.copyOfMini(dir);
        Path financing = dir.resolve("financing.yaml");
        String text = Files.readString(financing);
        assertThat(text).contains("    source: {title: RVO}\n  - id: mit");
        Files.writeString(financing, text.replaceFirst("    source: \\{title: RVO}\\n  - id: mit",
                "    source: " + source + "\n  - id: mit"));
        return loader.load(ContentSource.of(main, "questionnaire.yaml"));
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aSecureAddressAndAPastDayOfConsultationAreAcceptedAndKept(@TempDir Path dir) throws Exception {
        LoadResult result = withKiaSource(dir,
                "{title: RVO – KIA, url: \"https://www.rvo.nl/kia\", checked: 2025-01-02}");

        assertThat(result.problems()).isEmpty();
        FinancingInstrument kia = result.valid().orElseThrow().financing().instruments().get(0);
        assertThat(kia.source().url()).isEqualTo("https://www.rvo.nl/kia");
        assertThat(kia.source().checked()).isEqualTo("2025-01-02");
    }

    @Test
    void anAddressThatIsNotASecureWebPageIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        List<String> problems = problems(withKiaSource(dir, "{title: RVO, url: \"http://www.rvo.nl/kia\"}"));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("financing.yaml:11:")
                .contains("http://www.rvo.nl/kia").contains("https://"));
    }

    @Test
    void aConsultationDayAfterTodayIsRefused(@TempDir Path dir) throws Exception {
        List<String> problems = problems(withKiaSource(dir,
                "{title: RVO, url: \"https://www.rvo.nl/kia\", checked: 2999-01-01}"));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("financing.yaml:11:")
                .contains("2999-01-01").contains("after today (" + LocalDate.now() + ")"));
    }

    @Test
    void aConsultationMoreThanAYearBeforeTheListTakesEffectIsRefused(@TempDir Path dir) throws Exception {
        List<String> problems = problems(withKiaSource(dir,
                "{title: RVO, url: \"https://www.rvo.nl/kia\", checked: 2023-12-31}"));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("financing.yaml:11:")
                .contains("2023-12-31").contains("more than a year before").contains("2025-01-01"));
    }

    @Test
    void aConsultationDayThatIsNoDateIsRefused(@TempDir Path dir) throws Exception {
        List<String> problems = problems(withKiaSource(dir,
                "{title: RVO, url: \"https://www.rvo.nl/kia\", checked: 2 december 2026}"));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("financing.yaml:11:")
                .contains("2 december 2026").contains("yyyy-mm-dd"));
    }
}
