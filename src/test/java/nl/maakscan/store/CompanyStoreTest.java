package nl.maakscan.store;

import nl.maakscan.model.Company;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Companies in the store: checked before they are stored, kept as given, archived and brought back. */
class CompanyStoreTest {

    @TempDir
    Path dir;

    private Store open(Path db) {
        return Store.open(db, Store.Options.defaults().withBackupsKept(0));
    }

    @Test
    void aCompanyIsCheckedBeforeItIsStored() {
        try (Store store = open(dir.resolve("m.db"))) {
            Company base = Fixtures.company("X");
            assertThatThrownBy(() -> store.createCompany(new Company(null, "X", "1234567", null, null, null, null,
                    null))).isInstanceOf(StoreException.InvalidValue.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("nl"))
                            .isEqualTo("Het KvK-nummer \"1234567\" moet uit 8 cijfers bestaan."));
            assertThatThrownBy(() -> store.createCompany(new Company(null, "X", "1234567a", null, null, null, null,
                    null))).isInstanceOf(StoreException.InvalidValue.class);
            assertThatThrownBy(() -> store.createCompany(new Company(null, " ", null, null, null, null, null,
                    null))).isInstanceOf(StoreException.InvalidValue.class)
                    .hasMessageContaining("name").satisfies(e -> assertThat(((StoreException) e).message("en"))
                            .isEqualTo("A company needs a name."));
            assertThatThrownBy(() -> store.createCompany(new Company(null, "X", null, null, 0, null, null, null)))
                    .isInstanceOf(StoreException.InvalidValue.class);
            Company noKvk = store.createCompany(new Company(null, "X", " ", null, null, null, null, null));
            assertThat(noKvk.kvk()).isNull();
            Company updated = store.updateCompany(new Company(noKvk.id(), "Y", "87654321", base.sector(), 3,
                    List.of(), null, null));
            assertThat(store.company(noKvk.id())).contains(updated);
            assertThat(store.listCompanies()).hasSize(1);
        }
    }

    @Test
    void aCompanyWithoutSectorKeepsItsNumberOfEmployees() {
        try (Store store = open(dir.resolve("maakscan.db"))) {
            Company c = store.createCompany(new Company(null, "Metaal BV", null, null, 14, List.of(), null, null));

            assertThat(store.company(c.id()).orElseThrow().employees()).isEqualTo(14);
        }
    }

    @Test
    void anArchivedCompanyLeavesTheActiveListKeepsItsAssessmentsAndComesBack() {
        try (Store store = open(dir.resolve("maakscan.db"))) {
            Company a = store.createCompany(Fixtures.company("Alfa"));
            Company b = store.createCompany(Fixtures.company("Beta"));
            store.createAssessment(b.id(), Fixtures.mini(), "T0", null);

            store.archiveCompany(b.id(), true);

            assertThat(store.listActiveCompanies()).extracting(Company::name).containsExactly("Alfa");
            assertThat(store.listCompanies()).hasSize(2);
            assertThat(store.listAssessments(b.id())).hasSize(1);
            store.archiveCompany(b.id(), false);
            assertThat(store.listActiveCompanies()).extracting(Company::id).containsExactly(a.id(), b.id());
        }
    }
}
