package nl.maakscan.programme;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the programme overview and the peer benchmark read from a database: the companies (with whether they
 * are sample data), the assessments as listed, and one assessment with its answers and questionnaire. One
 * adapter implements it per way of storing (the store's {@code StoreProgrammeSource}); tests hand in their own.
 */
public interface ProgrammeSource {

    /** Every company, archived ones included. */
    List<Member> companies();

    /** Every assessment as listed, in any order. */
    List<Entry> assessments();

    /** An assessment with its company, answers and questionnaire; empty when it is gone. */
    Optional<Scan> load(String assessmentId);

    /**
     * The assessments with these ids, each as {@link #load(String)} gives it; ids that are gone are left out.
     * A source that can read many at once (a database) does so; this one reads them one by one.
     */
    default Map<String, Scan> loadAll(Collection<String> assessmentIds) {
        Map<String, Scan> all = new LinkedHashMap<>();
        for (String id : assessmentIds) {
            load(id).ifPresent(s -> all.put(id, s));
        }
        return all;
    }

    /** A company and whether it is sample data (kept out of every figure unless asked for). */
    record Member(Company company, boolean sample) {
    }

    /**
     * An assessment as listed: its company, label, assessor (the coach), the date it was made (the assessment's
     * own date, else the day it was created), whether it is finished (final), and when it was created (to order
     * two assessments of one day).
     */
    record Entry(String id, String companyId, String label, String assessor, LocalDate date, boolean finished,
            Instant created) {
    }

    /** An assessment with what it takes to score it and make its advice. */
    record Scan(Entry entry, Company company, Questionnaire questionnaire, Assessment assessment) {
    }
}
