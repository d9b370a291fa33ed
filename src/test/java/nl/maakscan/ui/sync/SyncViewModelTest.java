package nl.maakscan.ui.sync;

import nl.maakscan.model.Company;
import nl.maakscan.store.Engines;
import nl.maakscan.store.Store;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's sync: the laptop's companies reach the server, the start screen is refreshed, the user told. */
class SyncViewModelTest {

    @TempDir
    Path dir;

    @Test
    void syncingSendsTheCompaniesAndSaysHowItWent() {
        String server = Engines.newServerDatabase();
        try (UiFixture fx = new UiFixture(dir)) {
            fx.store.companies().create(new Company(null, "Draaierij", null, null, 12, List.of(), null, null));
            AtomicInteger refreshed = new AtomicInteger();
            SyncViewModel model = new SyncViewModel(fx.workspace, new Texts("nl"), null, refreshed::incrementAndGet);
            model.address().set(server);

            model.sync("laptop-test");

            assertThat(fx.dialogs.errors).isEmpty();
            assertThat(fx.dialogs.notifications).singleElement().asString()
                    .contains("1 bedrijf gesynchroniseerd, 0 mislukt");
            assertThat(refreshed.get()).isEqualTo(1);
            assertThat(model.busy().get()).isFalse();
            try (Store s = Store.open(server, Store.Options.defaults(), null)) {
                assertThat(s.companies().list()).extracting(Company::name).containsExactly("Draaierij");
            }
        }
    }

    @Test
    void theAddressSyncedToIsRememberedAndFilledInNextTimeButNotAnAddressThatFailed() {
        String server = Engines.newServerDatabase();
        try (UiFixture fx = new UiFixture(dir)) {
            SyncViewModel first = new SyncViewModel(fx.workspace, new Texts("en"), null, () -> { });
            first.address().set("  " + server + " ");
            first.sync("laptop-test");

            assertThat(fx.settings.load().syncServer()).isEqualTo(server);
            assertThat(new SyncViewModel(fx.workspace, new Texts("en"), null, () -> { }).address().get())
                    .isEqualTo(server);

            SyncViewModel wrong = new SyncViewModel(fx.workspace, new Texts("en"), null, () -> { });
            wrong.address().set("postgresql://postgres@localhost:" + Engines.server().getPort() + "/no_such_db");
            wrong.sync("laptop-test");

            assertThat(fx.dialogs.errors).singleElement().asString().contains("no_such_db");
            assertThat(fx.settings.load().syncServer()).isEqualTo(server);
        }
    }

    @Test
    void anAddressThatIsNotAServerIsRefusedWithAClearMessage() {
        try (UiFixture fx = new UiFixture(dir)) {
            SyncViewModel model = new SyncViewModel(fx.workspace, new Texts("en"), null, () -> { });
            model.address().set("/tmp/other.db");

            model.sync("laptop-test");

            assertThat(fx.dialogs.errors).singleElement().asString().contains("postgresql://server/database");
        }
    }
}
