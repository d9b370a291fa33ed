package nl.maakscan.content;

import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireLibraryTest {

    @Test
    void userQuestionnairesAreLoadedNextToTheBuiltInOnes(@TempDir Path dir) throws Exception {
        QuestionnaireLoaderTest.copyOfMini(Files.createDirectory(dir.resolve("mini")));

        QuestionnaireLibrary library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of(dir));

        assertThat(library.questionnaires()).extracting(q -> q.id() + " " + q.version())
                .containsExactlyInAnyOrder("productie-innovatiescan 2.0.0", "productie-innovatiescan 1.0.0",
                        "mini 0.1.0");
        assertThat(library.latest("mini")).isPresent();
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aBrokenQuestionnaireIsReportedAndSkippedWhileTheOthersLoad(@TempDir Path dir) throws Exception {
        Path broken = QuestionnaireLoaderTest.copyOfMini(Files.createDirectory(dir.resolve("broken")));
        QuestionnaireLoaderTest.replace(broken, "id: mini", "id: Mini Scan");

        QuestionnaireLibrary library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of(dir));

        assertThat(library.questionnaires()).extracting(q -> q.id())
                .containsExactly("productie-innovatiescan", "productie-innovatiescan");
        assertThat(library.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.contains("questionnaire.yaml:4:1: the id \"Mini Scan\" may only contain"));
    }

    @Test
    void theSameQuestionnaireAndVersionTwiceIsLoadedOnce(@TempDir Path dir) throws Exception {
        QuestionnaireLoaderTest.copyOfMini(Files.createDirectory(dir.resolve("a")));
        QuestionnaireLoaderTest.copyOfMini(Files.createDirectory(dir.resolve("b")));

        QuestionnaireLibrary library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of(dir));

        assertThat(library.questionnaires()).filteredOn(q -> q.id().equals("mini")).hasSize(1);
        assertThat(library.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("already loaded"));
    }

    @Test
    void aMissingUserFolderIsFine(@TempDir Path dir) {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of(dir.resolve("none")));

        assertThat(library.questionnaires()).extracting(q -> q.version()).containsExactlyInAnyOrder("1.0.0", "2.0.0");
        assertThat(library.latest("productie-innovatiescan")).get().extracting(q -> q.version()).isEqualTo("2.0.0");
    }

    @Test
    void theReferenceForOlderVersionsIsTheNewestRankedVersionAsTheFullLibraryHasIt() {
        java.util.Map<String, Questionnaire> full = new java.util.HashMap<>();
        for (LoadResult r : QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH, false)) {
            Questionnaire q = r.questionnaire();
            if (q != null && q.ranking() != null) {
                full.merge(q.id(), q, (a, b) -> QuestionnaireLibrary.versionKey(a.version())
                        .compareTo(QuestionnaireLibrary.versionKey(b.version())) >= 0 ? a : b);
            }
        }
        List<Questionnaire> newest = QuestionnaireLibrary.newestBuiltInWithRanking();
        assertThat(full).isNotEmpty();
        assertThat(newest).extracting(q -> q.id() + " " + q.version())
                .containsExactlyInAnyOrderElementsOf(full.values().stream().map(q -> q.id() + " " + q.version()).toList());
        assertThat(newest).allSatisfy(q -> assertThat(q).isEqualTo(full.get(q.id())));
    }
}
