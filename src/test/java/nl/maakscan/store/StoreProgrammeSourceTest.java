package nl.maakscan.store;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.programme.Programme;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeSource;
import nl.maakscan.programme.Selection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's bulk read of many assessments gives exactly what reading them one by one gives, on both
 * engines, and so does the programme overview built on either.
 */
class StoreProgrammeSourceTest {

    @TempDir
    Path dir;

    /** The same source, forced to read one assessment at a time (the interface's own loadAll). */
    private record OneByOne(ProgrammeSource inner) implements ProgrammeSource {
        @Override
        public List<Member> companies() {
            return inner.companies();
        }

        @Override
        public List<Entry> assessments() {
            return inner.assessments();
        }

        @Override
        public Optional<Scan> load(String assessmentId) {
            return inner.load(assessmentId);
        }
    }

    /** Four companies with first assessments and follow-ups over two years, answered differently. */
    private static List<String> fill(Store store) {
        List<String> ids = new ArrayList<>();
        String[][] plan = {{"Alpha BV", "2025-06-01", "2026-02-01", "2026-09-01"}, {"Beta BV", "2026-03-03"},
                {"Gamma BV", "2025-11-20", "2026-05-05"}, {"VOORBEELD Delta (sample)", "2026-01-15"}};
        int n = 0;
        for (String[] row : plan) {
            Company c = store.createCompany(new Company(null, row[0], null, "metal", 8 + 10 * n, List.of(), null,
                    null));
            for (int i = 1; i < row.length; i++) {
                String id = store.createAssessment(c.id(), Fixtures.mini(), "T" + (i - 1), "Coach " + n).id();
                int level = (n + i) % 6;
                store.saveAnswer(id, "a1", LevelAnswer.level(level).withNote("note " + level));
                if (i % 2 == 1) {
                    store.saveAnswer(id, "a2", LevelAnswer.notApplicable());
                }
                store.saveAnswer(id, "b1", n == 2 ? LevelAnswer.dontKnow() : LevelAnswer.level(5 - level));
                store.saveAdoption(id, "cheap", AdoptionAnswer.level(level % 4));
                if (n == 1) {
                    store.saveAdoption(id, "dear", AdoptionAnswer.irrelevant());
                }
                store.savePriority(id, "productivity", level);
                store.saveTarget(id, "alpha", 5);
                store.saveDetails(id, "T" + (i - 1), "Coach " + n, row[i]);
                if (i == 1) {
                    store.finish(id);
                }
                ids.add(id);
            }
            n++;
        }
        return ids;
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void readingManyAtOnceGivesWhatReadingEachGivesAndLeavesOutWhatIsGone(Engines engine) {
        try (Store store = engine.open(dir, "p.db")) {
            List<String> ids = fill(store);
            // an empty draft, more than one IN list of ids, an unknown id and a repeated one
            Company empty = store.createCompany(Fixtures.company("Leeg BV"));
            for (int i = 0; i < SqlAnswers.IN_LIST; i++) {
                ids.add(store.createAssessment(empty.id(), Fixtures.mini(), "E" + i, null).id());
            }
            List<String> asked = new ArrayList<>(ids);
            asked.add("no-such-assessment");
            asked.add(ids.get(0));

            StoreProgrammeSource source = new StoreProgrammeSource(store);
            Map<String, ProgrammeSource.Scan> bulk = source.loadAll(asked);

            assertThat(bulk).hasSize(ids.size()).doesNotContainKey("no-such-assessment");
            for (String id : ids) {
                ProgrammeSource.Scan one = source.load(id).orElseThrow();
                assertThat(bulk.get(id)).as(id).isEqualTo(one);
            }
            assertThat(bulk.get(ids.get(0)).assessment().answers()).containsEntry("a1",
                    LevelAnswer.level(1).withNote("note 1")).containsEntry("a2", LevelAnswer.notApplicable());
            Map<String, StoredAssessment> stored = store.assessmentRows().loadAll(List.of(ids.get(1)));
            assertThat(stored.get(ids.get(1)).changed())
                    .isEqualTo(store.loadAssessment(ids.get(1)).orElseThrow().changed());
        }
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void theOverviewFromTheBulkReadEqualsTheOverviewFromReadingOneByOne(Engines engine) {
        try (Store store = engine.open(dir, "p.db")) {
            fill(store);
            StoreProgrammeSource bulk = new StoreProgrammeSource(store);
            for (Selection s : List.of(new Selection(null, null, null, false), new Selection(null, null, null, true),
                    new Selection(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), null, false),
                    new Selection(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30"), "metal", true))) {
                ProgrammeOverview expected = Programme.of(new OneByOne(bulk), s, PlanRates.POLICY);
                ProgrammeOverview actual = Programme.of(bulk, s, PlanRates.POLICY);

                assertThat(actual).as(s.toString()).isEqualTo(expected);
                assertThat(actual.totals().assessments()).as(s.toString()).isPositive();
            }
        }
    }
}
