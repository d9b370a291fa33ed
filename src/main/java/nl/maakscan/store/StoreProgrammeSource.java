package nl.maakscan.store;

import nl.maakscan.programme.ProgrammeSource;
import nl.maakscan.programme.SampleData;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme overview's and the peer benchmark's view of a store, through the store's public API only.
 * The one place to change when the store changes shape. An assessment's date is its own date when that reads
 * as {@code yyyy-mm-dd}, else the day (UTC) it was created.
 */
public final class StoreProgrammeSource implements ProgrammeSource {

    private final Store store;

    public StoreProgrammeSource(Store store) {
        this.store = store;
    }

    @Override
    public List<Member> companies() {
        return store.listCompanies().stream().map(c -> new Member(c, SampleData.isSample(c))).toList();
    }

    @Override
    public List<Entry> assessments() {
        return store.listAssessments().stream().map(StoreProgrammeSource::entry).toList();
    }

    @Override
    public Optional<Scan> load(String assessmentId) {
        return store.loadAssessment(assessmentId).map(s -> new Scan(entry(s.info()), s.company(), s.questionnaire(),
                s.assessment()));
    }

    /** Many assessments in a few queries (see README, Benchmarks: one by one was the programme's main cost). */
    @Override
    public Map<String, Scan> loadAll(Collection<String> assessmentIds) {
        Map<String, Scan> all = new LinkedHashMap<>();
        store.assessmentRows().loadAll(assessmentIds).forEach((id, s) -> all.put(id, new Scan(entry(s.info()),
                s.company(), s.questionnaire(), s.assessment())));
        return all;
    }

    static Entry entry(AssessmentInfo a) {
        return new Entry(a.id(), a.companyId(), a.label(), a.assessor(), date(a), a.status()
                == AssessmentInfo.Status.FINAL, a.created());
    }

    private static LocalDate date(AssessmentInfo a) {
        if (a.date() != null) {
            try {
                return LocalDate.parse(a.date().strip());
            } catch (DateTimeParseException e) {
                // a date typed in another way: the day it was created counts
            }
        }
        return a.created().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
