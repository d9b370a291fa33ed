package nl.maakscan.store;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Questionnaires and companies for the store tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** The folder of the tiny test questionnaire (ids a1, a2, b1; technologies cheap, dear). */
    static Path miniFolder() {
        try {
            return Path.of(Fixtures.class.getResource("/mini/questionnaire.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadResult mini() {
        return load(miniFolder().resolve("questionnaire.yaml"));
    }

    static LoadResult load(Path mainFile) {
        LoadResult r = QuestionnaireLibrary.loadPaths(Locale.ENGLISH, List.of(mainFile)).get(0);
        if (r.valid().isEmpty()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return r;
    }

    /** A copy of the mini questionnaire in {@code dir}, to change. */
    static Path miniCopy(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(miniFolder())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir.resolve("questionnaire.yaml");
    }

    static Company company(String name) {
        return new Company(null, name, "12345678", "metal", 25, List.of("milling"), "Enschede", "Anna de Vries");
    }

    /** A store in {@code dir} for the exchange tests: no automatic backups, a ticking clock. */
    static Store openStore(Path dir, String name) {
        return Store.open(dir.resolve(name), Store.Options.defaults().withBackupsKept(0)
                .withClock(StoreTest.ticking()));
    }

    /** The library with the mini questionnaire next to the built-in ones. */
    static QuestionnaireLibrary miniLibrary() {
        return QuestionnaireLibrary.load(Locale.ENGLISH, List.of(miniFolder()));
    }
}
