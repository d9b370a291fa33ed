package nl.maakscan.advice;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AnswersFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the advice for a panel of sample companies (src/test/resources/samples, labelled as sample
 * data) against what an experienced production adviser would say.
 */
class SamplePanelTest {

    private static QuestionnaireLibrary library;

    @BeforeAll
    static void load() {
        library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of());
    }

    private record Case(Questionnaire q, AnswersFile.Filled filled, Advice advice) {
        List<String> ranking() {
            return advice.recommendations().stream().map(r -> r.technology().id()).toList();
        }

        int rank(String id) {
            int i = ranking().indexOf(id);
            return i < 0 ? Integer.MAX_VALUE : i + 1;
        }

        Recommendation recommendation(String id) {
            return advice.recommendations().stream().filter(r -> r.technology().id().equals(id)).findFirst()
                    .orElseThrow();
        }
    }

    private static Case sample(String name) throws Exception {
        try (InputStream in = SamplePanelTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("missing sample " + name);
            }
            // samples 01-06 were made with questionnaire 1.0.0, 07 with 2.0.0; they are read against the newest
            // built-in one, whose question and technology ids include those of 1.0.0
            String latest = library.latest("productie-innovatiescan").orElseThrow().version();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"version\"\\s*:\\s*\"[0-9.]+\"", "\"version\": \"" + latest + "\"");
            AnswersFile.Filled filled = AnswersFile.read(name, json.getBytes(StandardCharsets.UTF_8), "en",
                    library::find);
            Questionnaire q = library.find(filled.questionnaireId(), filled.questionnaireVersion()).orElseThrow();
            return new Case(q, filled, Advice.of(q, filled.assessment(), filled.company()));
        }
    }

    /**
     * Ranked, or left out only because its equipment question was not answered (the samples were made
     * with questionnaire 1.0.0, which did not ask every equipment question of later versions).
     */
    private static void rankedOrLeftOutForAnUnaskedEquipmentQuestion(Case c, String id) {
        if (!c.ranking().contains(id)) {
            assertThat(c.advice().leftOut()).filteredOn(o -> o.technology().id().equals(id)).singleElement()
                    .satisfies(o -> {
                        assertThat(o.why()).isEqualTo(LeftOut.Why.LEVEL);
                        assertThat(o.current()).isNull();
                    });
        }
    }

    @Test
    void samplesAreLabelledAsSampleData() throws Exception {
        for (String name : List.of("01-high-mix-job-shop.json", "02-sheet-metal-fabricator.json",
                "03-assembly-no-sheet-no-welding.json", "04-coating-energy.json", "05-mature-manufacturer.json",
                "06-small-workshop.json", "07-welded-frames-2.0.0.json")) {
            AnswersFile.Filled f = sample(name).filled();
            assertThat(f.company().name()).contains("VOORBEELD").contains("(sample)");
            assertThat(f.assessment().assessor()).contains("sample data");
        }
    }

    @Test
    void answersOfQuestionnaireOneWithoutProfileAnswersAreNeverMarkedAsAnotherKindOfWork() throws Exception {
        for (String name : List.of("01-high-mix-job-shop.json", "02-sheet-metal-fabricator.json",
                "03-assembly-no-sheet-no-welding.json", "04-coating-energy.json", "05-mature-manufacturer.json",
                "06-small-workshop.json")) {
            Case c = sample(name);
            assertThat(c.filled().assessment().answers()).as(name).doesNotContainKeys("profile-series",
                    "profile-weld-material");
            assertThat(c.advice().recommendations()).as(name).allSatisfy(r -> {
                assertThat(r.misfits()).isEmpty();
                assertThat(r.profileFit()).isEqualTo(1);
            });
        }
    }

    @Test
    void frameWelderWithSmallRepeatSeriesInThickSteelGetsTheWeldingCobotNotTheRobotCellOrTheHandheldLaser()
            throws Exception {
        Case c = sample("07-welded-frames-2.0.0.json");

        assertThat(c.filled().questionnaireVersion()).isEqualTo(c.q().version());
        List<String> top = c.ranking().subList(0, 5);
        assertThat(top).contains("cobot-welding", "welding-fixtures-positioners")
                .doesNotContain("robot-welding", "handheld-laser-welding");
        // series of 10 to 40 (level 2): a robot cell suits 50 pieces and more; 5-10 mm steel (level 1):
        // handheld laser welding suits thin material
        assertThat(c.recommendation("robot-welding").misfits()).extracting(Recommendation.Misfit::questionId)
                .containsExactly("profile-series");
        assertThat(c.recommendation("handheld-laser-welding").misfits())
                .containsExactly(new Recommendation.Misfit("profile-weld-material", 1, 2, null));
        assertThat(c.recommendation("cobot-welding").profileWarning()).isFalse();
    }

    @Test
    void highMixJobShopWithoutCamGetsCamBeforeARobotCell() throws Exception {
        Case c = sample("01-high-mix-job-shop.json");

        assertThat(c.rank("cam-programming")).isLessThanOrEqualTo(3);
        assertThat(c.rank("cam-programming")).isLessThan(c.rank("cobot-machine-tending"));
        assertThat(c.rank("cam-programming")).isLessThan(c.rank("offline-robot-programming"));
        assertThat(c.advice().plan().steps()).extracting(Plan.Step::technologyId).contains("cam-programming")
                .doesNotContain("cobot-machine-tending");
        Recommendation robot = c.recommendation("cobot-machine-tending");
        assertThat(robot.ready()).isFalse();
        assertThat(robot.readiness()).isLessThan(1).isGreaterThanOrEqualTo(c.q().policy().minReadiness());
    }

    @Test
    void sheetMetalFabricatorGetsErgonomicsAndSheetAutomationButNoMachiningCells() throws Exception {
        Case c = sample("02-sheet-metal-fabricator.json");

        assertThat(c.rank("lift-assist-exoskeleton")).isLessThanOrEqualTo(3);
        assertThat(c.ranking()).contains("laser-automation", "robot-welding");
        rankedOrLeftOutForAnUnaskedEquipmentQuestion(c, "bending-automation");
        assertThat(c.ranking()).doesNotContain("cobot-machine-tending", "tool-presetting", "in-process-probing");
    }

    @Test
    void companyWithoutSheetMetalOrWeldingNeverGetsThoseTechnologies() throws Exception {
        Case c = sample("03-assembly-no-sheet-no-welding.json");

        assertThat(c.ranking()).doesNotContain("bending-automation", "laser-automation", "robot-welding",
                "automated-coating");
        assertThat(c.rank("digital-work-instructions")).isEqualTo(1);
    }

    @Test
    void energyMindedCoaterStartsWithEnergyMeasures() throws Exception {
        Case c = sample("04-coating-energy.json");

        assertThat(c.advice().recommendations().subList(0, 2)).allSatisfy(r ->
                assertThat(r.technology().priorities().getOrDefault("sustainability", 0)).as(r.technology().id())
                        .isGreaterThanOrEqualTo(2));
        assertThat(c.ranking().subList(0, 5)).contains("compressed-air");
        rankedOrLeftOutForAnUnaskedEquipmentQuestion(c, "automated-coating");
        assertThat(c.ranking()).doesNotContain("cobot-machine-tending");
        assertThat(c.advice().plan().steps()).filteredOn(s -> s.technologyId().equals("automated-coating"))
                .allSatisfy(s -> assertThat(s.phase()).isNotEqualTo(Phase.MONTHS_0_3));
    }

    @Test
    void matureManufacturerIsNotAdvisedWhatItUsesAndSeesItsLaggingSecurity() throws Exception {
        Case c = sample("05-mature-manufacturer.json");

        c.filled().assessment().technologies().forEach((id, adoption) -> {
            if (adoption.inUse()) {
                assertThat(c.ranking()).doesNotContain(id);
            }
        });
        assertThat(c.rank("ot-security-basics")).isLessThanOrEqualTo(10);
        assertThat(c.advice().scores().overallLevel()).isGreaterThan(3.5);
    }

    @Test
    void smallWorkshopGetsStepsThatFitItsSize() throws Exception {
        Case c = sample("06-small-workshop.json");

        assertThat(c.advice().recommendations().subList(0, 5))
                .allSatisfy(r -> assertThat(r.technology().employees().contains(6)).as(r.technology().id()).isTrue());
        assertThat(c.advice().plan().totalAdviserDays()).isBetween(3.0, 20.0);
    }

    /**
     * The report's method appendix prints each term and says the score is their formula: for every ranked
     * technology of every sample, the printed terms give back the score.
     */
    @Test
    void theTermsShownForEachTechnologyGiveBackItsScore() throws Exception {
        for (String name : List.of("01-high-mix-job-shop.json", "02-sheet-metal-fabricator.json",
                "03-assembly-no-sheet-no-welding.json", "04-coating-energy.json", "05-mature-manufacturer.json",
                "06-small-workshop.json", "07-welded-frames-2.0.0.json")) {
            Case c = sample(name);
            var p = c.q().policy();
            assertThat(c.advice().recommendations()).as(name).isNotEmpty().allSatisfy(r -> assertThat(
                    (r.impact() * (p.gapBase() + p.gapWeight() * r.gap()) + p.bottleneckWeight() * r.bottleneck())
                            * r.readiness() * r.sizeFit() * r.profileFit() * r.interest()
                            / Math.pow(r.effort(), p.effort().exponent()) + r.foundation())
                    .as(name + " " + r.technology().id()).isCloseTo(r.score(), org.assertj.core.api.Assertions.within(1e-9)));
        }
    }
}
