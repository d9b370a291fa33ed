package nl.maakscan.ui.company;

import nl.maakscan.model.Company;
import nl.maakscan.model.Profile;
import nl.maakscan.ui.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyFormViewModelTest {

    private final CompanyFormViewModel form = new CompanyFormViewModel(new Texts("nl"), new Profile(null, null));

    @ParameterizedTest(name = "name \"{0}\", KvK \"{1}\", employees \"{2}\": valid {3}")
    @CsvSource(delimiter = '|', value = {
            "Metaal BV | 12345678 | 12 | true",
            "Metaal BV |          |    | true",
            "          | 12345678 | 12 | false",
            "Metaal BV | 1234567  | 12 | false",
            "Metaal BV | 1234567a | 12 | false",
            "Metaal BV | 12345678 | 0  | false",
            "Metaal BV | 12345678 | tw | false"})
    void theFormIsValidOnlyWithANameAnEightDigitKvkAndAWholeNumberOfEmployees(String name, String kvk,
            String employees, boolean valid) {
        form.name().set(name == null ? "" : name);
        form.kvk().set(kvk == null ? "" : kvk);
        form.employees().set(employees == null ? "" : employees);

        assertThat(form.valid().get()).isEqualTo(valid);
    }

    @Test
    void theErrorSaysWhatIsWrongInDutch() {
        form.kvk().set("123");

        assertThat(form.kvkError().get()).isEqualTo("Een KvK-nummer bestaat uit 8 cijfers.");
        assertThat(form.nameError().get()).isEqualTo("Vul de naam van het bedrijf in.");
    }

    @Test
    void aLoadedCompanyComesBackTrimmedWithEmptyFieldsAsNull() {
        form.load(new Company("id-1", "Metaal BV", null, "sheet-metal", 20, List.of("bending"), null, null));
        form.name().set("  Metaal BV  ");
        form.place().set("  ");

        assertThat(form.company()).isEqualTo(new Company("id-1", "Metaal BV", null, "sheet-metal", 20,
                List.of("bending"), null, null));
    }
}
