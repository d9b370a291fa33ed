package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.content.ContentSource;
import java.util.Locale;
import java.nio.file.Path;
import java.nio.file.Files;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Ranking model 2 on small hand-made companies (src/test/resources/mini2), with golden values
 * computed by hand from the formula in questionnaires/README.md.
 */
class RankingModelTest {

    private final Questionnaire q = Fixtures.mini2();

    /** A 20-person shop that mills and bends; set-up is its biggest loss. */
    private Fixtures.Answers shop() {
        return new Fixtures.Answers().priority("productivity", 5).priority("quality", 2).priority("energy", 0)
                .noted("s-setup", 1, "45 minuten per omstelling").level("s-bending", 2).dontKnow("s-quality")
                .level("s-robots", 0).noted("bn-setup", 5, "kantbank staat halve dagen stil").level("bn-rework", 1);
    }

    private Recommender.Ranking rank(Assessment a, Company c) {
        return Recommender.rankAll(q, a, Scoring.score(q, a, c), c);
    }

    private static Recommendation find(Recommender.Ranking r, String id) {
        return r.ranked().stream().filter(x -> x.technology().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyTermIsVisibleAndTheScoreIsTheirFormula() {
        Recommender.Ranking r = rank(shop().build(), Fixtures.company(20, "milling", "bending"));

        assertThat(r.ranked()).extracting(x -> x.technology().id())
                .containsExactly("quick-clamp", "bend-cell", "inspection", "heat-recovery");
        Recommendation clamp = r.ranked().get(0);
        // owner weights count as 5 * (w/5)^2: 5 -> 5, 2 -> 0.8; impact 3*5 + 1*0.8 = 15.8
        // gap: s-setup 1 against good practice 3 -> 2; bottleneck: bn-setup 5 -> 5, relieved 3 -> 15
        // effort 1 + ln(1 + 6000/50000) + 40/400 + 3/12 + 12/48 = 1.713329
        // score (15.8 * (0.5 + 1 * 2) + 2 * 15) / sqrt(1.713329), mini2's bottleneck weight is 2
        assertThat(clamp.impact()).isCloseTo(15.8, within(1e-9));
        assertThat(clamp.gap()).isEqualTo(2);
        assertThat(clamp.bottleneck()).isEqualTo(15);
        assertThat(clamp.effort()).isCloseTo(1 + Math.log(1.12) + 0.6, within(1e-9));
        assertThat(clamp.score()).isCloseTo(69.5 / Math.sqrt(1 + Math.log(1.12) + 0.6), within(1e-9));
        assertThat(clamp.score()).isCloseTo(53.096324829440, within(1e-9));
        Recommendation cell = r.ranked().get(1);
        // impact 3*5 + 2*0.8 = 16.6; gap: s-bending 2 against the question's good practice 4 -> 2;
        // bottleneck bn-setup 5 relieved 2 = 10, but quick-clamp above already relieves it: * 0.7 = 7
        // readiness: quick-clamp not in use -> 0.85, but it is ranked above (planned first): sqrt(0.85)
        // effort 1 + ln(3.5) + 0.5 + 0.5 + 0.75
        assertThat(cell.bottleneck()).isCloseTo(7, within(1e-9));
        assertThat(cell.readiness()).isCloseTo(Math.sqrt(0.85), within(1e-12));
        assertThat(cell.effort()).isCloseTo(2.75 + Math.log(3.5), within(1e-9));
        assertThat(cell.score()).isCloseTo((16.6 * 2.5 + 2 * 7) * Math.sqrt(0.85) / Math.sqrt(2.75 + Math.log(3.5)),
                within(1e-9));
        Recommendation inspection = r.ranked().get(2);
        // s-quality unknown -> gap 1.5; impact 3*0.8; bottleneck bn-rework 1 -> 0.2, relieved 3 -> 0.6;
        // s-setup 1 < 2 -> 1/(1 + 0.15), but quick-clamp above addresses s-setup: sqrt; effort 1 + ln(1.6) + 1.2
        assertThat(inspection.gap()).isEqualTo(1.5);
        assertThat(inspection.readiness()).isCloseTo(Math.sqrt(1 / 1.15), within(1e-12));
        assertThat(inspection.score()).isCloseTo(3.424099721759, within(1e-9));
        // its only driver is already addressed by inspection above: 1.5 * 0.7; energy weighted 0 -> impact 0
        assertThat(find(r, "heat-recovery").gap()).isCloseTo(1.05, within(1e-9));
        assertThat(find(r, "heat-recovery").score()).isZero();
    }

    @Test
    void aTechnologyThatDoesNotApplyIsLeftOutWithTheConditionThatFailed() {
        Recommender.Ranking r = rank(shop().build(), Fixtures.company(20, "milling", "bending"));

        assertThat(r.leftOut()).singleElement().satisfies(o -> {
            assertThat(o.technology().id()).isEqualTo("robot-offline");
            assertThat(o.why()).isEqualTo(LeftOut.Why.LEVEL);
            assertThat(o.subject()).isEqualTo("s-robots");
            assertThat(o.required()).isEqualTo(2);
            assertThat(o.current()).isZero();
        });
        Recommender.Ranking small = rank(shop().build(), Fixtures.company(6, "milling", "bending"));
        assertThat(small.leftOut()).extracting(o -> o.technology().id(), LeftOut::why).contains(
                org.assertj.core.groups.Tuple.tuple("bend-cell", LeftOut.Why.SIZE));
        Recommender.Ranking milling = rank(shop().build(), Fixtures.company(20, "milling"));
        assertThat(milling.leftOut()).extracting(o -> o.technology().id(), LeftOut::why).contains(
                org.assertj.core.groups.Tuple.tuple("bend-cell", LeftOut.Why.PROCESS));
        Recommender.Ranking robots = rank(shop().level("s-robots", 3).build(), Fixtures.company(20, "milling"));
        assertThat(robots.ranked()).extracting(x -> x.technology().id()).contains("robot-offline");
    }

    @Test
    void anyLevelsNeedsOneOfTheEquipmentQuestionsTheCompanyIsAsked(@TempDir Path dir) throws Exception {
        Path main = Path.of(getClass().getResource("/mini2/questionnaire.yaml").toURI());
        try (var files = Files.list(main.getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path catalogue = dir.resolve("cat-b.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replace("appliesWhen: {levels: {s-robots: 2}}",
                "appliesWhen: {anyLevels: {s-robots: 2, s-bending: 3}}"));
        Questionnaire any = new QuestionnaireLoader(Locale.ENGLISH)
                .load(ContentSource.of(dir.resolve("questionnaire.yaml"), "mini2")).valid().orElseThrow();
        java.util.function.BiFunction<Assessment, Company, Recommender.Ranking> rank =
                (a, c) -> Recommender.rankAll(any, a, Scoring.score(any, a, c), c);

        // bending 2 and robots 0: neither reaches its level; the reason names the closest asked question
        Recommender.Ranking neither = rank.apply(shop().build(), Fixtures.company(20, "milling", "bending"));
        assertThat(neither.leftOut()).filteredOn(o -> o.technology().id().equals("robot-offline"))
                .singleElement().satisfies(o -> {
                    assertThat(o.why()).isEqualTo(LeftOut.Why.LEVEL);
                    assertThat(o.subject()).isEqualTo("s-bending");
                    assertThat(o.current()).isEqualTo(2);
                });
        // one of the two is enough
        Recommender.Ranking bending = rank.apply(shop().level("s-bending", 3).build(),
                Fixtures.company(20, "milling", "bending"));
        assertThat(bending.ranked()).extracting(x -> x.technology().id()).contains("robot-offline");
        // a question the company is not asked (no bending) neither meets nor fails: robots decide
        Recommender.Ranking milling = rank.apply(shop().level("s-bending", 5).level("s-robots", 2).build(),
                Fixtures.company(20, "milling"));
        assertThat(milling.ranked()).extracting(x -> x.technology().id()).contains("robot-offline");
        Recommender.Ranking noRobots = rank.apply(shop().level("s-bending", 5).build(), Fixtures.company(20, "milling"));
        assertThat(noRobots.leftOut()).extracting(o -> o.technology().id()).contains("robot-offline");
    }

    @Test
    void aGrowthLimitCountsAsMuchAsTheTechnologysOwnLossWeighs(@TempDir Path dir) throws Exception {
        Path main = Path.of(getClass().getResource("/mini2/questionnaire.yaml").toURI());
        try (var files = Files.list(main.getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path policy = dir.resolve("questionnaire.yaml");
        Files.writeString(policy, Files.readString(policy).replace("  bottleneckWeight: 2",
                "  bottleneckWeight: 2\n  growthLimits: [bn-rework]"));
        Path catalogue = dir.resolve("cat-b.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replace("relieves: {bn-setup: 2}",
                "relieves: {bn-setup: 2, bn-rework: 3}"));
        Questionnaire limits = new QuestionnaireLoader(Locale.ENGLISH)
                .load(ContentSource.of(policy, "mini2")).valid().orElseThrow();
        // set-up hardly a loss (1), the growth limit at its worst (5)
        Assessment a = new Fixtures.Answers().priority("productivity", 5).level("bn-setup", 1).level("bn-rework", 5)
                .build();
        Company c = Fixtures.company(20, "milling", "bending");

        // bend-cell frees hours in set-up, its own main loss: the limit counts W(1)/5 = 0.04 of its weight;
        // 2 * W(1) + 3 * W(5) * 0.04 = 0.4 + 0.6
        Recommendation cell = Recommender.evaluate(limits, a, c, limits.technology("bend-cell").orElseThrow());
        assertThat(cell.bottleneck()).isCloseTo(1.0, within(1e-9));
        // inspection relieves only the limit: it counts fully, 3 * W(5)
        Recommendation inspection = Recommender.evaluate(limits, a, c, limits.technology("inspection").orElseThrow());
        assertThat(inspection.bottleneck()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void theOwnersBiggestLossPullsItsRemedyToTheTop() {
        Company c = Fixtures.company(20, "milling", "bending");
        Assessment quiet = shop().level("bn-setup", 0).level("bn-rework", 5).build();

        Recommender.Ranking r = rank(quiet, c);

        // rework rated 5 lifts inspection from 3.4 to (2.4 * 2 + 2 * 15) * sqrt(1/1.15) / sqrt(2.670004) = 19.9,
        // past the bending cell (16.6 * 2.5 * sqrt(0.85) / sqrt(4.002763) = 19.1)
        assertThat(find(r, "inspection").score()).isCloseTo(19.859778386201, within(1e-9));
        assertThat(find(r, "inspection").rank()).isEqualTo(2);
        assertThat(find(r, "bend-cell").bottleneck()).isZero();
    }

    @Test
    void bigImpactOnWhatTheOwnerWeightsMostBeatsACheapSmallStep() {
        // the bending cell costs eighteen times the clamps and needs them first; set-up is a large loss that
        // both relieve, the bending gap is large: the cell's impact on what the owner weights most must win
        Assessment a = new Fixtures.Answers().priority("productivity", 5).priority("quality", 5)
                .level("s-setup", 2).level("s-bending", 0).level("s-quality", 3).level("s-robots", 0)
                .level("bn-setup", 4).level("bn-rework", 0).adoption("quick-clamp", 3).build();

        Recommender.Ranking r = rank(a, Fixtures.company(30, "milling", "bending"));

        // cell: impact 3*5 + 2*5 = 25, gap 4, bottleneck 4 -> 3.2, relieved 2 -> 6.4; readiness 0.85
        // -> (25 * 4.5 + 2 * 6.4) * 0.85 / sqrt(4.002763) = 53.2
        // clamp: impact 20, gap 1, bottleneck 3 * 3.2 * 0.7 (shared with the cell above) = 6.72, and the owner
        // is testing it (adoption 3: * 1.3) -> (20 * 1.5 + 2 * 6.72) * 1.3 / sqrt(1.713329) = 43.1;
        // and the cell above needs the clamps first: building them unlocks 53.2 * (1/0.85 - 1) = 9.4 -> 52.5
        assertThat(r.ranked()).extracting(x -> x.technology().id()).startsWith("bend-cell", "quick-clamp");
        assertThat(r.ranked().get(0).score()).isCloseTo(53.234117650075, within(1e-9));
        assertThat(r.ranked().get(1).score()).isCloseTo(52.537502901481, within(1e-9));
        assertThat(r.ranked().get(1).unlocks()).singleElement().satisfies(u -> {
            assertThat(u.technologyId()).isEqualTo("bend-cell");
            assertThat(u.score()).isCloseTo(9.394256055896, within(1e-9));
        });
        assertThat(r.ranked().get(0).unlocks()).isEmpty();
        assertThat(new ReasonWords(q, "en").unlocks(r.ranked().get(1))).containsExactly(
                "Needed first for \"" + q.technology("bend-cell").orElseThrow().name().get("en")
                        + "\", higher in your advice");
    }

    @Test
    void aMissingFoundationIsLiftedByWhatItUnlocksOnlyWhenTheAnswersShowItIsLacking() {
        // the same company, but its clamping answer is at good practice (s-setup 3): the clamps are not
        // marked as in use, yet nothing in the answers says they are lacking, so the cell above lifts nothing
        Assessment a = new Fixtures.Answers().priority("productivity", 5).priority("quality", 5)
                .level("s-setup", 3).level("s-bending", 0).level("s-quality", 3).level("s-robots", 0)
                .level("bn-setup", 4).level("bn-rework", 0).adoption("quick-clamp", 3).build();

        Recommender.Ranking r = rank(a, Fixtures.company(30, "milling", "bending"));

        assertThat(r.ranked().get(0).technology().id()).isEqualTo("bend-cell");
        assertThat(r.ranked().get(0).missing()).extracting(m -> m.technologyId()).contains("quick-clamp");
        assertThat(find(r, "quick-clamp").gap()).isZero();
        assertThat(find(r, "quick-clamp").unlocks()).isEmpty();
        assertThat(find(r, "quick-clamp").foundation()).isZero();
    }

    @Test
    void goodPracticeFollowsSizeAndTheOwnersTargetOverridesIt() {
        Recommendation small = find(rank(shop().build(), Fixtures.company(6, "milling")), "quick-clamp");
        // 6 employees: good practice 3 - 1 = 2 -> gap 1
        assertThat(small.needs().get(0).target()).isEqualTo(2);
        assertThat(small.gap()).isEqualTo(1);
        assertThat(small.score()).isCloseTo(41.025505659582, within(1e-9));
        Recommendation target = find(rank(shop().target("shop", 5).build(), Fixtures.company(6, "milling")),
                "quick-clamp");
        assertThat(target.needs().get(0).targetSetByUser()).isTrue();
        assertThat(target.gap()).isEqualTo(4);
        assertThat(target.score()).isCloseTo(77.237963169157, within(1e-9));
    }

    @Test
    void goodPracticeOfTheCompanysSectorReplacesTheQuestionsOwn() {
        nl.maakscan.model.Question q = new nl.maakscan.model.Question("data", 1.0, null, null, java.util.Map.of(),
                List.of(), List.of(), 2, null, java.util.Map.of("metal-products", 3));
        nl.maakscan.model.RankingPolicy p = nl.maakscan.model.RankingPolicy.DEFAULTS;
        assertThat(Recommender.goodPractice(p, q, null, 48, "metal-products")).isEqualTo(3);
        assertThat(Recommender.goodPractice(p, q, null, 48, "metal-jobbing")).isEqualTo(2);
        assertThat(Recommender.goodPractice(p, q, null, null, null)).isEqualTo(2);
        // the size shift applies to the sector's level too (up to 9 employees: -1), the owner's target to both
        assertThat(Recommender.goodPractice(p, q, null, 6, "metal-products")).isEqualTo(2);
        assertThat(Recommender.goodPractice(p, q, 5, 48, "metal-products")).isEqualTo(5);
    }

    @Test
    void reasonsCarryTheNotesOfTheAnswers() {
        Recommendation clamp = rank(shop().build(), Fixtures.company(20, "milling")).ranked().get(0);

        assertThat(clamp.needs()).singleElement().satisfies(n -> {
            assertThat(n.questionId()).isEqualTo("s-setup");
            assertThat(n.note()).isEqualTo("45 minuten per omstelling");
        });
        assertThat(clamp.bottlenecks()).singleElement().satisfies(b -> {
            assertThat(b.questionId()).isEqualTo("bn-setup");
            assertThat(b.level()).isEqualTo(5);
            assertThat(b.relieves()).isEqualTo(3);
            assertThat(b.note()).isEqualTo("kantbank staat halve dagen stil");
        });
    }

    @Test
    void questionsForAbsentProcessesCountAsNotApplicableInTheScores() {
        Assessment a = shop().build();

        Scores bending = Scoring.score(q, a, Fixtures.company(20, "milling", "bending"));
        Scores milling = Scoring.score(q, a, Fixtures.company(20, "milling"));

        // bottleneck dimensions are not scored
        assertThat(bending.dimensions()).extracting(DimensionScore::dimensionId).containsExactly("shop");
        // s-setup 1, s-bending 2, s-robots 0 -> 1.0; without bending: (1 + 0) / 2
        assertThat(bending.overallLevel()).isEqualTo(1.0);
        assertThat(milling.overallLevel()).isEqualTo(0.5);
        assertThat(milling.notApplicable()).isEqualTo(1);
        assertThat(milling.questions()).isEqualTo(4);
        assertThat(milling.confidence()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(List.of(bending.confidence())).containsExactly(0.75);
    }

    @Test
    void aProfileAnswerOutsideTheFitLowersTheScoreByTheMisfitFactorAndSaysWhy() {
        Company c = Fixtures.company(20, "milling", "bending");
        Recommendation open = find(rank(shop().build(), c), "bend-cell");
        Recommendation repeat = find(rank(shop().level("p-series", 3).build(), c), "bend-cell");
        Recommendation oneOffs = find(rank(shop().level("p-series", 0).build(), c), "bend-cell");

        // bend-cell fits p-series 2 or higher: 3 fits (no change), 0 does not (x profileMisfit 0.5)
        assertThat(repeat.score()).isEqualTo(open.score());
        assertThat(repeat.profileFit()).isEqualTo(1);
        assertThat(repeat.profileWarning()).isFalse();
        assertThat(oneOffs.profileFit()).isEqualTo(q.policy().profileMisfit()).isEqualTo(0.5);
        assertThat(oneOffs.score()).isCloseTo(open.score() * 0.5, within(1e-9));
        assertThat(oneOffs.misfits()).containsExactly(new Recommendation.Misfit("p-series", 0, 2, null));
        assertThat(oneOffs.profileWarning()).isTrue();
    }

    @Test
    void anOpenDontKnowOrNotAskedProfileAnswerNeverLowersTheScore() {
        Company c = Fixtures.company(20, "milling", "bending");
        double open = find(rank(shop().build(), c), "bend-cell").score();

        Recommendation dontKnow = find(rank(shop().dontKnow("p-series").build(), c), "bend-cell");
        assertThat(dontKnow.score()).isEqualTo(open);
        assertThat(dontKnow.misfits()).isEmpty();
        assertThat(find(rank(shop().na("p-series").build(), c), "bend-cell").score()).isEqualTo(open);
    }
}
