package nl.maakscan.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad files in the user's questionnaires folder, made at test time: each is reported and skipped,
 * quickly and within memory, and the built-in questionnaire keeps working.
 */
@Timeout(60)
class HostileQuestionnaireTest {

    @TempDir
    Path dir;

    private QuestionnaireLibrary load() {
        return QuestionnaireLibrary.load(Locale.ENGLISH, List.of(dir));
    }

    private void builtInStillWorks(QuestionnaireLibrary library) {
        assertThat(library.latest("productie-innovatiescan")).isPresent();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);  // 3 GB, sparse: nothing on disk
        }
        QuestionnaireLibrary library = load();
        builtInStillWorks(library);
        assertThat(library.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.contains("huge.yaml:1:1") && p.contains("larger than"));
    }

    @Test
    void aLongStringJustOverTheLimitIsRefusedAndOneJustUnderIsParsedQuickly() throws Exception {
        String head = "format: maakscan-questionnaire/1\nkind: questionnaire\nid: long\nversion: 1.0.0\ntitle:\n  en: ";
        Files.writeString(dir.resolve("over.yaml"), head + "x".repeat(YamlDocuments.MAX_FILE_BYTES) + "\n");
        Files.writeString(dir.resolve("under.yaml"), head + "x".repeat(YamlDocuments.MAX_FILE_BYTES - 200) + "\n");
        QuestionnaireLibrary library = load();
        builtInStillWorks(library);
        assertThat(library.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.contains("over.yaml") && p.contains("larger than"))
                .anyMatch(p -> p.contains("under.yaml") && !p.contains("larger than"));
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder y = new StringBuilder("format: maakscan-questionnaire/1\nkind: questionnaire\na0: &a0 [lol]\n");
        for (int i = 1; i < 30; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        Files.writeString(dir.resolve("laughs.yaml"), y);
        QuestionnaireLibrary library = load();
        builtInStillWorks(library);
        assertThat(library.problems()).extracting(Problem::toString).anyMatch(p -> p.contains("laughs.yaml"));
    }

    @Test
    void theBuiltInsIdAndVersionWithOtherContentIsReported() throws Exception {
        Path source = QuestionnaireLibrary.builtInRoot();
        Path copy = dir.resolve("copy");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path main = copy.resolve("productie-innovatiescan/questionnaire.yaml");
        Files.writeString(main, Files.readString(main, StandardCharsets.UTF_8)
                .replace("en: Production innovation scan", "en: Production innovation scan (changed)"));

        QuestionnaireLibrary library = load();

        builtInStillWorks(library);
        assertThat(library.latest("productie-innovatiescan").orElseThrow().title().get("en")).doesNotContain("changed");
        assertThat(library.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.contains("other content") && p.contains("productie-innovatiescan"));
    }

    @Test
    void versionsOfAnyLengthCompareAsNumbersAndNeverFail() {
        assertThat(QuestionnaireLibrary.versionKey("99999999999999999999.0.0"))
                .isGreaterThan(QuestionnaireLibrary.versionKey("1000000000.0.0"));
        assertThat(QuestionnaireLibrary.versionKey("1000000000.0.0"))
                .isGreaterThan(QuestionnaireLibrary.versionKey("999999999.0.0"));
        assertThat(QuestionnaireLibrary.versionKey("1.10.0")).isGreaterThan(QuestionnaireLibrary.versionKey("1.9.0"));
    }

    @Test
    void referencesStayInsideTheQuestionnairesRoot() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.yaml"), "format: maakscan-questionnaire/1\nkind: catalogue\n");
        Path main = QuestionnaireLoaderTest.copyOfMini(Files.createDirectory(root.resolve("mini")));
        Files.createDirectories(root.resolve("shared"));
        Files.move(main.resolveSibling("financing.yaml"), root.resolve("shared/financing.yaml"));
        QuestionnaireLoaderTest.replace(main, "financing: financing.yaml", "financing: ../shared/financing.yaml");
        QuestionnaireLoaderTest.replace(main, "catalogue: catalogue.yaml", "catalogue: /etc/passwd");
        QuestionnaireLoaderTest.replace(main, "include: [extra.yaml]", "include: [../../secret.yaml]");

        LoadResult r = QuestionnaireLibrary.loadPaths(Locale.ENGLISH, List.of(main)).get(0);

        assertThat(r.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("/etc/passwd:") && p.contains("lies outside"))
                .anyMatch(p -> p.contains("secret.yaml") && p.contains("lies outside"))
                .noneMatch(p -> p.contains("financing.yaml"));
    }
}
