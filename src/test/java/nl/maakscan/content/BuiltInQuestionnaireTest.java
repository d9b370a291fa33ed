package nl.maakscan.content;

import nl.maakscan.model.Dimension;
import nl.maakscan.model.Financing;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in questionnaire is valid, complete and written in both languages. */
class BuiltInQuestionnaireTest {

    private static Questionnaire q;
    private static List<LoadResult> results;

    @BeforeAll
    static void load() {
        results = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH);
        q = results.stream().flatMap(r -> r.valid().stream())
                .filter(x -> x.id().equals("productie-innovatiescan")).findFirst().orElseThrow();
    }

    @Test
    void everyBuiltInFileIsValid() {
        assertThat(results).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void coversTheRequiredBreadth() {
        assertThat(q.dimensions()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(q.questions()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(q.technologies()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(q.financing().instruments()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(q.languages()).containsExactly("nl", "en");
        assertThat(q.blocks()).extracting(b -> b.id()).containsExactly("process", "technology", "organisation");
    }

    @Test
    void everyLevelDescriptionIsDistinctAndNotVague() {
        for (Question question : q.questions()) {
            for (String language : List.of("nl", "en")) {
                Set<String> seen = new HashSet<>();
                for (int level = 0; level <= 5; level++) {
                    String text = question.level(level).get(language);
                    assertThat(seen.add(text)).as(question.id() + " level " + level + " " + language).isTrue();
                    assertThat(text.split("\\s+").length).as(question.id() + " level " + level).isGreaterThanOrEqualTo(6);
                    assertThat(text.toLowerCase(Locale.ROOT)).as(question.id())
                            .doesNotContainPattern("\\b(somewhat|iets (beter|meer)|more advanced)\\b");
                }
            }
            assertThat(question.why().get("nl")).isNotBlank();
        }
    }

    @Test
    void everyTechnologyHasEveryFieldFilled() {
        boolean byRules = q.financing().instruments().stream().anyMatch(i -> i.hasRules());
        for (Technology t : q.technologies()) {
            assertThat(t.sources()).as(t.id() + " sources").isNotEmpty();
            if (!byRules) {
                assertThat(t.financing()).as(t.id() + " financing").isNotEmpty();
            }
            assertThat(t.adviserDays()).as(t.id() + " adviser days").isNotEmpty();
            assertThat(t.firstStep().get("nl")).as(t.id()).isNotBlank();
            assertThat(t.firstStep().get("en")).as(t.id()).isNotBlank();
            assertThat(t.employees().min()).as(t.id()).isNotNull();
            assertThat(t.employees().max()).as(t.id()).isNotNull();
        }
    }

    @Test
    void everyDimensionIsAddressedByATechnology() {
        for (Dimension d : q.maturityDimensions()) {
            assertThat(q.technologies()).as(d.id())
                    .anySatisfy(t -> assertThat(t.dimensions()).contains(d.id()));
        }
    }

    @Test
    void fromVersionTwoTheRankingModelIsDeclaredAndEveryTechnologyComplete() {
        if (q.version().startsWith("1.")) {
            return;
        }
        assertThat(q.ranking()).as("ranking policy").isNotNull();
        assertThat(q.bottleneckDimensions()).isNotEmpty();
        assertThat(q.technologies()).hasSizeGreaterThanOrEqualTo(55);
        for (Technology t : q.technologies()) {
            assertThat(t.cost()).as(t.id() + " cost").isNotNull();
            assertThat(t.result()).as(t.id() + " result").isNotNull();
            assertThat(t.plan().keySet()).as(t.id() + " plan").containsAll(t.adviserDays().keySet());
        }
        assertThat(q.financing().validFrom()).as("financing checked in 2026 or later").isGreaterThanOrEqualTo("2026-01-01");
    }

    @Test
    void financingIsDatedAndPromisesNoRemovedScheme() {
        assertThat(q.financing().validFrom()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(q.financing().caveat().get("nl")).isNotBlank();
        assertThat(q.financing().caveat().get("en")).isNotBlank();
        assertThat(q.financing().instruments()).extracting(i -> i.id()).doesNotContain("kennisvoucher", "mkb-booster");
    }

    /** The newest financing list: every instrument names a secure page and the day it was consulted, no loose caveats. */
    @Test
    void everyFigureOfTheNewestFinancingListNamesItsPageAndTheDayItWasRead() {
        Financing newest = results.stream().flatMap(r -> r.valid().stream()).map(Questionnaire::financing)
                .max(Comparator.comparing(Financing::validFrom)).orElseThrow();
        assertThat(newest.validFrom()).isGreaterThanOrEqualTo("2026-01-01");
        LocalDate validFrom = LocalDate.parse(newest.validFrom());
        for (FinancingInstrument i : newest.instruments()) {
            assertThat(i.source().url()).as(i.id() + " source").startsWith("https://");
            assertThat(i.source().checked()).as(i.id() + " checked").isNotNull();
            assertThat(LocalDate.parse(i.source().checked())).as(i.id() + " checked")
                    .isAfterOrEqualTo(validFrom.minusYears(1)).isBeforeOrEqualTo(LocalDate.now());
            for (String language : List.of("nl", "en")) {
                assertThat(i.conditions().get(language) + " " + i.source().title()).as(i.id() + " " + language)
                        .doesNotContainIgnoringCase("controleer").doesNotContainIgnoringCase("; check")
                        .doesNotContain("2025-bedrag").doesNotContain("niet nagelezen");
            }
        }
        for (String language : List.of("nl", "en")) {
            assertThat(newest.caveat().get(language)).doesNotContainIgnoringCase("controleer")
                    .doesNotContainIgnoringCase("check");
        }
    }
}
