package nl.maakscan.content;

import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.Technology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fields of ranking model 2 (decision 6), read and checked with file, line and column. */
class ModelTwoLoaderTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH);

    static Path mini2() throws URISyntaxException {
        return Path.of(ModelTwoLoaderTest.class.getResource("/mini2/questionnaire.yaml").toURI());
    }

    private static Path copy(Path dir) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(mini2().getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir.resolve("questionnaire.yaml");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    private LoadResult load(Path main) {
        return loader.load(ContentSource.of(main, main.getFileName().toString()));
    }

    private List<String> problems(Path main) {
        return load(main).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyNewFieldIsReadAndTheCatalogueComesFromSeveralFiles() throws Exception {
        LoadResult result = load(mini2());

        assertThat(result.problems()).isEmpty();
        Questionnaire q = result.valid().orElseThrow();
        assertThat(q.technologies()).extracting(Technology::id)
                .containsExactly("quick-clamp", "inspection", "bend-cell", "robot-offline", "heat-recovery");
        assertThat(result.files()).containsKeys("cat-a.yaml", "cat-b.yaml");
        assertThat(q.maturityDimensions()).extracting(d -> d.id()).containsExactly("shop");
        assertThat(q.bottleneckDimensions()).extracting(d -> d.id()).containsExactly("bottlenecks");
        Question bending = q.question("s-bending").orElseThrow();
        assertThat(bending.goodPractice()).isEqualTo(4);
        assertThat(bending.appliesTo(List.of("milling"))).isFalse();
        assertThat(bending.appliesTo(List.of("milling", "bending"))).isTrue();
        assertThat(bending.appliesTo(List.of())).isTrue();
        Technology cell = q.technology("bend-cell").orElseThrow();
        assertThat(cell.relieves()).containsEntry("bn-setup", 2);
        assertThat(cell.appliesWhen().minEmployees()).isEqualTo(10);
        assertThat(cell.cost().midpoint()).isEqualTo(125000.0);
        assertThat(cell.plan().get("feasibility").get("en")).isEqualTo("feasibility");
        assertThat(q.instrument("voucher").orElseThrow().benefit().max()).isEqualTo(2000);
        assertThat(q.ranking()).isNotNull();
        assertThat(q.policy().bottleneckWeight()).isEqualTo(2.0);
        assertThat(q.policy().plan().daysBySize()).hasSize(2);
        assertThat(q.policy().gapBase()).isEqualTo(RankingPolicy.DEFAULTS.gapBase());
    }

    @Test
    void profileQuestionsAreNotScoredAndFitsAreRead() throws Exception {
        Questionnaire q = load(mini2()).valid().orElseThrow();

        assertThat(q.dimension("work").orElseThrow().isProfile()).isTrue();
        assertThat(q.dimension("work").orElseThrow().isScored()).isFalse();
        assertThat(q.isProfileQuestion("p-series")).isTrue();
        assertThat(q.isProfileQuestion("s-setup")).isFalse();
        Technology.Fit fit = q.technology("bend-cell").orElseThrow().fits().get("p-series");
        assertThat(fit).isEqualTo(new Technology.Fit(2, null));
        assertThat(fit.contains(2)).isTrue();
        assertThat(fit.contains(1)).isFalse();
    }

    @Test
    void fitsMayOnlyNameProfileQuestionsWithLevelsInOrder(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(dir.resolve("cat-b.yaml"), "fits: {p-series: {min: 2}}", "fits: {s-setup: {min: 2}, p-series: {min: 4, max: 1}, p-none: {max: 9}}");

        assertThat(problems(main))
                .anySatisfy(p -> assertThat(p).matches("cat-b\\.yaml:12:\\d+: .*\"s-setup\" is not in a profile dimension.*"))
                .anySatisfy(p -> assertThat(p).matches("cat-b\\.yaml:12:\\d+: .*\"p-series\": min 4 and max 1 must be levels.*"))
                .anySatisfy(p -> assertThat(p).matches("cat-b\\.yaml:12:\\d+: .*no question with the id \"p-none\".*"))
                .anySatisfy(p -> assertThat(p).contains("\"p-none\": min null and max 9 must be levels"));
    }

    @Test
    void aProfileQuestionIsNoDriverQuestionAndMustBeUsedByAFit(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(dir.resolve("cat-b.yaml"), "    fits: {p-series: {min: 2}}\n", "");
        replace(dir.resolve("cat-b.yaml"), "questions: [s-bending]", "questions: [s-bending, p-series]");
        replace(dir.resolve("cat-b.yaml"), "appliesWhen: {processes: [bending], minEmployees: 10}",
                "appliesWhen: {processes: [bending], minEmployees: 10, levels: {p-series: 2}}");

        assertThat(problems(main))
                .anySatisfy(p -> assertThat(p).matches("cat-b\\.yaml:8:\\d+: .*\"p-series\" describes the kind of work.*"
                        + "not in questions"))
                .anySatisfy(p -> assertThat(p).matches("cat-b\\.yaml:11:\\d+: .*\"p-series\" describes the kind of work.*"
                        + "not in appliesWhen/levels"))
                .anySatisfy(p -> assertThat(p).matches("questionnaire\\.yaml:49:\\d+: no technology names the profile question \"p-series\".*"));
    }

    @Test
    void anUnknownRoleNamesTheThreeRoles(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(main, "role: profile", "role: profiel");

        assertThat(problems(main)).anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml:")
                .contains("the role \"profiel\" does not exist: use maturity, bottleneck or profile"));
    }

    @Test
    void aQuestionnaireWithoutRankingGetsTheDefaultPolicy() throws Exception {
        Path main = Path.of(getClass().getResource("/mini/questionnaire.yaml").toURI());
        Questionnaire q = load(main).valid().orElseThrow();

        assertThat(q.ranking()).isNull();
        assertThat(q.policy()).isEqualTo(RankingPolicy.DEFAULTS);
        assertThat(q.maturityDimensions()).hasSize(2);
    }

    @Test
    void unknownIdsInTheNewFieldsAreReported(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(dir.resolve("cat-b.yaml"), "appliesWhen: {processes: [bending], minEmployees: 10}",
                "appliesWhen: {processes: [welding], minEmployees: 10, technologies: [nothing]}");
        replace(dir.resolve("cat-a.yaml"), "tags: [training]", "tags: [trainig]");
        replace(main, "processes: [bending]\n        goodPractice: 4", "processes: [bendnig]\n        goodPractice: 7");

        assertThat(problems(main))
                .anySatisfy(p -> assertThat(p).startsWith("cat-b.yaml:").contains("no main process with the id \"welding\""))
                .anySatisfy(p -> assertThat(p).startsWith("cat-b.yaml:").contains("no technology with the id \"nothing\""))
                .anySatisfy(p -> assertThat(p).startsWith("cat-a.yaml:").contains("unknown tag \"trainig\""))
                .anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml:").contains("\"bendnig\""))
                .anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml:").contains("level \"7\""));
    }

    @Test
    void goodPracticeBySectorIsReadAndChecked(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(main, "processes: [bending]\n        goodPractice: 4",
                "processes: [bending]\n        goodPractice: 4\n        goodPracticeBySector: {metal: 2}");
        Question bending = load(main).valid().orElseThrow().question("s-bending").orElseThrow();
        assertThat(bending.goodPractice("metal")).isEqualTo(2);
        assertThat(bending.goodPractice("other")).isEqualTo(4);
        assertThat(bending.goodPractice(null)).isEqualTo(4);

        replace(main, "goodPracticeBySector: {metal: 2}", "goodPracticeBySector: {metall: 9}");
        assertThat(problems(main))
                .anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml:").contains("\"metall\""))
                .anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml:").contains("level \"9\""));
    }

    @Test
    void relievesMayOnlyNameBottleneckQuestions(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(dir.resolve("cat-a.yaml"), "relieves: {bn-setup: 3}", "relieves: {s-setup: 3, bn-rework: 4}");

        assertThat(problems(main))
                .anySatisfy(p -> assertThat(p).matches("cat-a\\.yaml:\\d+:\\d+: .*\"s-setup\" is not in a bottleneck.*"))
                .anySatisfy(p -> assertThat(p).contains("(4) must be 1, 2 or 3"));
    }

    @Test
    void theInvestmentBandMustAgreeWithTheCost(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(dir.resolve("cat-a.yaml"), "cost: {min: 4000, max: 8000}", "cost: {min: 4000, max: 18000}");

        assertThat(problems(main)).anySatisfy(p -> assertThat(p).startsWith("cat-a.yaml:")
                .contains("18,000 euros does not fit the investment band \"low\""));
    }

    @Test
    void aFinancingPointerThatContradictsTheRulesIsRefused(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(dir.resolve("cat-b.yaml"), "tags: [energy-list]\n    financing: [eia]",
                "tags: [training]\n    financing: [eia, train-fund, voucher]");
        replace(dir.resolve("cat-b.yaml"), "employees: {min: 1, max: 250}\n    firstStep: {nl: S, en: S}\n"
                + "    adviserDays: {feasibility: 1", "employees: {min: 60, max: 250}\n    firstStep: {nl: S, en: S}\n"
                + "    adviserDays: {feasibility: 1");

        List<String> problems = problems(main);
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("\"eia\" does not fit").contains("energy-list"))
                .anySatisfy(p -> assertThat(p).contains("\"train-fund\" does not fit").contains("pays only for knowledge"))
                .anySatisfy(p -> assertThat(p).contains("\"voucher\" does not fit").contains("0 to 49 employees"));
    }

    @Test
    void modelTwoRequiresEveryQuestionAddressedAndEveryTechnologyComplete(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(main, "        notAddressedBecause: {nl: gaat over bezit, en: about ownership}\n", "");
        replace(dir.resolve("cat-a.yaml"), "relieves: {bn-rework: 3}", "relieves: {bn-setup: 1}");
        replace(dir.resolve("cat-a.yaml"), "    result: {nl: minder afkeur, en: less scrap}\n", "");
        replace(dir.resolve("cat-a.yaml"), "plan: {knowledge: {nl: leren, en: learn}, implementation: {nl: invoeren, en: introduce}}",
                "plan: {knowledge: {nl: leren, en: learn}}");

        List<String> problems = problems(main);
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml:").contains("no technology addresses the question \"s-robots\""))
                .anySatisfy(p -> assertThat(p).startsWith("bottlenecks.yaml:").contains("no technology relieves the bottleneck question \"bn-rework\""))
                .anySatisfy(p -> assertThat(p).startsWith("cat-a.yaml:").contains("\"result\" is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("cat-a.yaml:").contains("plan text for the support type \"implementation\""));
    }

    @Test
    void theSameGapsAreAcceptedWithoutARankingSection(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(main, "ranking:\n  bottleneckWeight: 2\n  plan:\n    daysBySize: [{maxEmployees: 9, value: 0.5}, {value: 1}]\n", "");
        replace(main, "        notAddressedBecause: {nl: gaat over bezit, en: about ownership}\n", "");

        assertThat(problems(main)).isEmpty();
    }

    @Test
    void policyNumbersAreChecked(@TempDir Path dir) throws Exception {
        Path main = copy(dir);
        replace(main, "  bottleneckWeight: 2\n", "  bottleneckWeight: -1\n  gapBaes: 1\n");
        replace(main, "daysBySize: [{maxEmployees: 9, value: 0.5}, {value: 1}]", "daysBySize: [{value: 0.5}, {maxEmployees: 9, value: 1}]");

        List<String> problems = problems(main);
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).matches("questionnaire\\.yaml:14:\\d+: .*-1.*bottleneckWeight.*"))
                .anySatisfy(p -> assertThat(p).contains("unknown field \"gapBaes\""))
                .anySatisfy(p -> assertThat(p).contains("daysBySize"));
    }
}
