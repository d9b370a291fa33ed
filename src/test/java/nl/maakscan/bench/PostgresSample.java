package nl.maakscan.bench;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Company;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import nl.maakscan.store.Store;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a sample organisation database on a PostgreSQL server: SAMPLE DATA, not real companies. Companies are
 * called {@code VOORBEELD Bedrijf NNNNN (sample)}, assessments are made by {@code Voorbeeldgegevens (sample
 * data)}, every answer, priority and technology of the built-in questionnaire is filled with fixed
 * pseudo-random values, as {@link SampleDatabase} does for the file. The schema and the questionnaire go in
 * through the store (one company and assessment made with it); the rest goes in with PostgreSQL's COPY, a
 * batch of companies at a time, since a hundred thousand assessments through the import would take most of an
 * hour. Company {@code i} has the same id in every sample, so two samples of different sizes share companies.
 */
final class PostgresSample {

    static final String ASSESSOR = "Voorbeeldgegevens (sample data)";
    private static final int BATCH = 500;
    private static final List<String> PLACES = List.of("Enschede", "Eindhoven", "Helmond", "Almelo", "Hengelo",
            "Tilburg", "Apeldoorn", "Deventer", "Venlo", "Zwolle");

    private PostgresSample() {
    }

    /** The id of sample company {@code i}. */
    static String companyId(int i) {
        return UUID.nameUUIDFromBytes(("sample-company-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The jdbc URL of a server address {@code postgresql://user@host:port/db} (no password: trust in tests). */
    static String jdbcUrl(String address) {
        return "jdbc:" + address.replaceFirst("^postgresql://([^@/]+)@", "postgresql://") + "?user="
                + address.replaceFirst("^postgresql://([^@/]+)@.*$", "$1");
    }

    /** Fills the empty database at {@code address} with {@code companies} sample companies of {@code per} each. */
    static void write(String address, int companies, int per) throws SQLException {
        LoadResult builtIn = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH).get(0);
        Questionnaire q = builtIn.questionnaire();
        Random random = new Random(20261202L);
        Instant[] created = new Instant[companies];
        try (Store store = Store.open(address, Store.Options.defaults().withBackupsKept(0), null)) {
            created[0] = start(random);
            Company first = store.createCompany(company(0, q, random));
            store.createAssessment(first.id(), builtIn, "T0", ASSESSOR);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(address))) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < companies; from += BATCH) {
                StringBuilder company = new StringBuilder();
                StringBuilder assessment = new StringBuilder();
                StringBuilder level = new StringBuilder();
                StringBuilder adoption = new StringBuilder();
                StringBuilder priority = new StringBuilder();
                for (int i = from; i < Math.min(companies, from + BATCH); i++) {
                    Company co = company(i, q, random);
                    Instant when0 = i == 0 ? created[0] : start(random);
                    if (i > 0) {
                        row(company, co.id(), co.name(), co.kvk(), co.sector(), co.employees(),
                                "[\"" + co.processes().get(0) + "\"]", co.place(), co.contact(), when0, when0);
                    }
                    for (int j = i == 0 ? 1 : 0; j < per; j++) {
                        Instant when = when0.plus(30L * (j + 1), ChronoUnit.DAYS);
                        String id = UUID.nameUUIDFromBytes((co.id() + "/" + j).getBytes(StandardCharsets.UTF_8))
                                .toString();
                        boolean last = j == per - 1;
                        Instant done = when.plus(2, ChronoUnit.HOURS);
                        row(assessment, id, co.id(), q.id(), q.version(), q.contentHash(), "T" + (j + 1), ASSESSOR,
                                when.toString().substring(0, 10), last ? "draft" : "final", when, done,
                                last ? null : done);
                        Instant changed = when.plus(1, ChronoUnit.HOURS);
                        for (Priority p : q.priorities()) {
                            row(priority, id, p.id(), random.nextInt(6), changed);
                        }
                        for (Question question : q.questions()) {
                            int r = random.nextInt(20);
                            row(level, id, question.id(), r == 0 ? "n/a" : r == 1 ? "dont-know" : "level",
                                    r <= 1 ? null : Math.min(5, r / 3), null, changed);
                        }
                        for (Technology t : q.technologies()) {
                            row(adoption, id, t.id(), random.nextInt(6), 0, null, changed);
                        }
                    }
                }
                copy.copyIn("COPY company (id, name, kvk, sector, employees, processes, place, contact, created_at, "
                        + "updated_at) FROM STDIN", new StringReader(company.toString()));
                copy.copyIn("COPY assessment (id, company_id, questionnaire_id, questionnaire_version, content_hash, "
                        + "label, assessor, date, status, created_at, updated_at, finished_at) FROM STDIN",
                        new StringReader(assessment.toString()));
                copy.copyIn("COPY priority_weight (assessment_id, priority_id, weight, changed_at) FROM STDIN",
                        new StringReader(priority.toString()));
                copy.copyIn("COPY level_answer (assessment_id, question_id, kind, level, note, changed_at) "
                        + "FROM STDIN", new StringReader(level.toString()));
                copy.copyIn("COPY adoption_answer (assessment_id, technology_id, level, not_relevant, note, "
                        + "changed_at) FROM STDIN", new StringReader(adoption.toString()));
            }
            try (var s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private static Instant start(Random random) {
        return Instant.parse("2024-01-01T08:00:00Z").plus(random.nextInt(600), ChronoUnit.DAYS);
    }

    private static Company company(int i, Questionnaire q, Random random) {
        List<Choice> sectors = q.profile().sectors();
        List<Choice> processes = q.profile().processes();
        return new Company(companyId(i), String.format(Locale.ROOT, "VOORBEELD Bedrijf %05d (sample)", i),
                String.format(Locale.ROOT, "9%07d", i), sectors.get(random.nextInt(sectors.size())).id(),
                5 + random.nextInt(46), List.of(processes.get(random.nextInt(processes.size())).id()),
                PLACES.get(random.nextInt(PLACES.size())), "Voorbeeldcontact (sample)");
    }

    /** One line of COPY's text format: tab between values, {@code \N} for null, times as the store writes them. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            out.append(v == null ? "\\N" : v instanceof Instant t ? time(t) : v.toString());
        }
        out.append('\n');
    }

    /** yyyy-mm-ddThh:mm:ss.SSSZ, as the store writes times. */
    private static String time(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(t);
    }
}
