package nl.maakscan.bench;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Durable autosave of one answer through {@link Store#saveAnswer} against a raw single-row insert
 * (autocommit, prepared once) into a table of the same shape as the store's answers (without the
 * foreign key and checks), both in WAL mode with
 * {@code synchronous=FULL}, on the same disk. The two are measured in alternating blocks so that
 * disk and CPU noise fall on both alike. Prints medians, 90th percentiles and the ratio of medians.
 */
public final class AutosaveBenchmark {

    private static final int BLOCK = 100;

    private AutosaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench")).resolve("autosave");
        int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        run(dir, blocks);
    }

    static double run(Path dir, int blocks) throws Exception {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("store.db"));
        Files.deleteIfExists(dir.resolve("raw.db"));
        LoadResult questionnaire = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH).get(0);
        List<String> questions = questionnaire.questionnaire().questions().stream().map(Question::id).toList();
        long[] store = new long[blocks * BLOCK];
        long[] raw = new long[blocks * BLOCK];
        try (Store s = Store.open(dir.resolve("store.db"), Store.Options.defaults().withBackupsKept(0));
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db"))) {
            Company company = s.createCompany(new Company(null, "VOORBEELD Benchmark BV (sample)", null, null, null,
                    List.of(), null, null));
            String assessment = s.createAssessment(company.id(), questionnaire, "T0", "benchmark").id();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("CREATE TABLE answer (assessment_id TEXT NOT NULL, question_id TEXT NOT NULL, "
                        + "kind TEXT NOT NULL, level INTEGER, note TEXT, changed_at TEXT NOT NULL, "
                        + "PRIMARY KEY (assessment_id, question_id)) STRICT");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO answer (assessment_id, question_id, "
                    + "kind, level, note, changed_at) VALUES (?,?,'level',?,?,?)")) {
                for (int round = -1; round < blocks; round++) { // round -1 warms up both
                    for (int i = 0; i < BLOCK; i++) {
                        int n = Math.max(0, round) * BLOCK + i;
                        String q = questions.get(n % questions.size());
                        long t0 = System.nanoTime();
                        s.saveAnswer(assessment, q, LevelAnswer.level(n % 6).withNote("note " + n));
                        long t1 = System.nanoTime();
                        insert.setString(1, assessment);
                        insert.setString(2, q + "-" + round + "-" + i);
                        insert.setInt(3, n % 6);
                        insert.setString(4, "note " + n);
                        insert.setString(5, java.time.Instant.now().toString());
                        insert.executeUpdate();
                        long t2 = System.nanoTime();
                        if (round >= 0) {
                            store[n] = t1 - t0;
                            raw[n] = t2 - t1;
                        }
                    }
                }
            }
        }
        double ratio = Figures.median(store) / Figures.median(raw);
        System.out.printf("Autosave of one answer, WAL, synchronous=FULL, %d saves each%n", store.length);
        System.out.printf("  Store.saveAnswer        median %s   p90 %s%n", Figures.ms(Figures.median(store)),
                Figures.ms(Figures.percentile(store, 90)));
        System.out.printf("  raw single-row insert   median %s   p90 %s%n", Figures.ms(Figures.median(raw)),
                Figures.ms(Figures.percentile(raw, 90)));
        System.out.printf("  ratio of medians        %s%n", Figures.ratio(ratio, 1.5));
        return ratio;
    }
}
