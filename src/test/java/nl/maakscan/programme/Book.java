package nl.maakscan.programme;

import nl.maakscan.content.ContentSource;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made programme database in memory over the tiny test questionnaire (src/test/resources/mini: topic
 * {@code alpha} with questions a1 and a2, topic {@code beta} with b1), so that every level is known exactly:
 * {@link #scan} answers a1 and a2 with the alpha level and b1 with the beta level (null: not applicable).
 */
public final class Book implements ProgrammeSource {

    public static final Questionnaire MINI = mini();

    private final List<Member> companies = new ArrayList<>();
    private final Map<String, Scan> scans = new LinkedHashMap<>();

    private static Questionnaire mini() {
        try {
            Path main = Path.of(Book.class.getResource("/mini/questionnaire.yaml").toURI());
            return new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.of(main, "mini")).valid().orElseThrow();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Company company(String name, String sector, Integer employees) {
        Company c = new Company("id-" + name, name, null, sector, employees, List.of(), null, null);
        companies.add(new Member(c, SampleData.isSample(c)));
        return c;
    }

    /** An assessment of {@code company} on {@code date} by {@code coach}, with the levels of alpha and beta. */
    public String scan(Company company, String date, String coach, boolean finished, int alpha, Integer beta) {
        String id = company.id() + "/" + date;
        Map<String, LevelAnswer> answers = new LinkedHashMap<>();
        answers.put("a1", LevelAnswer.level(alpha));
        answers.put("a2", LevelAnswer.level(alpha));
        answers.put("b1", beta == null ? LevelAnswer.notApplicable() : LevelAnswer.level(beta));
        Assessment a = new Assessment(id, "T" + scans.size(), coach, date, null, answers, null, null);
        Entry e = new Entry(id, company.id(), a.label(), coach, LocalDate.parse(date), finished,
                Instant.parse(date + "T09:00:00Z"));
        scans.put(id, new Scan(e, company, MINI, a));
        return id;
    }

    @Override
    public List<Member> companies() {
        return List.copyOf(companies);
    }

    @Override
    public List<Entry> assessments() {
        return scans.values().stream().map(Scan::entry).toList();
    }

    @Override
    public Optional<Scan> load(String assessmentId) {
        return Optional.ofNullable(scans.get(assessmentId));
    }

    public Scan get(String id) {
        return scans.get(id);
    }
}
