package nl.maakscan.store;

import nl.maakscan.content.ContentSource;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The local database (SQLite): companies, assessments and every answer, each change committed
 * durably before the method returns (WAL, {@code synchronous=FULL}). Open with {@link #open(Path)};
 * one instance is used by one program, and several programs may open the same file at once.
 * Every method may throw a {@link StoreException}.
 */
public final class Store implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern KVK = Pattern.compile("\\d{8}");
    private static final int MAX_TEXT = 500;
    private static final int MAX_NOTE = 20_000;

    /**
     * How the store behaves: how long to wait for another program that holds the database, how many
     * automatic backups to keep (0: make none), and the clock for the times written.
     */
    public record Options(Duration busyTimeout, int backupsKept, Clock clock, boolean readOnly) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), 10, Clock.systemUTC(), false);
        }

        public Options withBusyTimeout(Duration timeout) {
            return new Options(timeout, backupsKept, clock, readOnly);
        }

        public Options withBackupsKept(int kept) {
            return new Options(busyTimeout, kept, clock, readOnly);
        }

        public Options withClock(Clock newClock) {
            return new Options(busyTimeout, backupsKept, newClock, readOnly);
        }

        /**
         * Opens the database read-only: nothing is created, migrated or backed up, and every change is
         * refused with {@link StoreException.ReadOnlyDatabase}. For commands that only read a database
         * that may not be written.
         */
        public Options withReadOnly(boolean only) {
            return new Options(busyTimeout, backupsKept, clock, only);
        }
    }

    /**
     * Whether this program may write the database file (or create it). A command that only reads opens
     * a database that may not be written with {@link Options#withReadOnly}; one that writes refuses it.
     */
    public static boolean writable(Path db) {
        return DatabaseFile.writable(db);
    }

    private final Path file;
    private final Options options;
    private final Connection connection;
    private final Map<String, Questionnaire> questionnaires = new HashMap<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Path backup;
    /** Whether this store has written (and so removed the mark of an unchanged database). */
    private boolean changing;

    private Store(Path file, Options options, Connection connection, Path backup) {
        this.file = file;
        this.options = options;
        this.connection = connection;
        this.backup = backup;
    }

    /** Opens (and on first use creates) the database with the default options. */
    public static Store open(Path db) {
        return open(db, Options.defaults());
    }

    /**
     * Opens the database: refuses, without writing anything, a file that is not a Maakscan database,
     * one from a newer Maakscan or a damaged one; creates or migrates the schema; then checks an
     * existing database and makes an automatic backup of it, unless it is unchanged since its newest
     * backup (see {@link Backups}).
     */
    public static Store open(Path db, Options options) {
        Path file = db.toAbsolutePath();
        if (options.readOnly()) {
            return openReadOnly(file, options);
        }
        if (!DatabaseFile.writable(file)) {
            throw new StoreException.ReadOnlyDatabase(file);
        }
        DatabaseFile.State state = DatabaseFile.inspect(file);
        boolean changed = Backups.changedSinceNewest(file) || state == DatabaseFile.State.OLDER;
        Connection c = null;
        try {
            if (file.getParent() != null) {
                PrivateFiles.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                // owner-only from the start; SQLite gives its -wal and -shm files the same mode
                PrivateFiles.createFile(file);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
            config.enforceForeignKeys(true);
            c = config.createConnection(url(file));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            }
            if (state != DatabaseFile.State.CURRENT) {
                Backups.markChanged(file);
                Migrations.migrate(c, file, format(now(options.clock())));
            }
            Migrations.checkHistory(c, file);
            Path made = null;
            if (state != DatabaseFile.State.NEW && options.backupsKept() > 0 && changed) {
                made = Backups.rotate(c, file, options.backupsKept(), now(options.clock()));
            }
            return new Store(file, options, c, made);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (IOException e) {
            closeQuietly(c);
            throw new StoreException.Failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Opens an existing, current database for reading only (see {@link Options#withReadOnly}). */
    private static Store openReadOnly(Path file, Options options) {
        DatabaseFile.State state = DatabaseFile.inspect(file);
        if (state == DatabaseFile.State.NEW) {
            throw new StoreException.ReadOnlyDatabase(file);
        }
        if (state == DatabaseFile.State.OLDER) {
            throw new StoreException.ReadOnlyOlder(file);
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
            config.enforceForeignKeys(true);
            c = config.createConnection(url(file));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = FULL");
            }
            Migrations.checkHistory(c, file);
            return new Store(file, options, c, null);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The automatic backup made when this store was opened, if one was made. */
    public Optional<Path> openingBackup() {
        return Optional.ofNullable(backup);
    }

    @Override
    public synchronized void close() {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                // closing: nothing left to do
            }
        }
        statements.clear();
        closeQuietly(connection);
    }

    // ---------------------------------------------------------------- companies

    /** Stores a new company; a company without id gets a new UUID. Returns the company as stored. */
    public synchronized Company createCompany(Company company) {
        Company c = checked(company, company.id() == null ? UUID.randomUUID().toString() : company.id());
        String now = format(now());
        return write(() -> {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO company (id, name, kvk, sector, "
                    + "employees, processes, place, contact, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                CompanyRows.bind(p, c);
                p.setString(9, now);
                p.setString(10, now);
                p.executeUpdate();
            }
            return c;
        });
    }

    /** Changes a stored company (found by its id). */
    public synchronized Company updateCompany(Company company) {
        if (company.id() == null) {
            throw new StoreException.NotFound("store.noCompany", "-");
        }
        Company c = checked(company, company.id());
        String now = format(now());
        return write(() -> {
            try (PreparedStatement p = connection.prepareStatement("UPDATE company SET id = ?, name = ?, kvk = ?, "
                    + "sector = ?, employees = ?, processes = ?, place = ?, contact = ?, updated_at = ? WHERE id = ?")) {
                CompanyRows.bind(p, c);
                p.setString(9, now);
                p.setString(10, c.id());
                if (p.executeUpdate() == 0) {
                    throw new StoreException.NotFound("store.noCompany", c.id());
                }
            }
            return c;
        });
    }

    public synchronized List<Company> listCompanies() {
        return read(() -> {
            List<Company> list = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT * FROM company ORDER BY name COLLATE NOCASE, id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(CompanyRows.read(r));
                }
            }
            return list;
        });
    }

    /** The companies that are not archived, by name. */
    public synchronized List<Company> listActiveCompanies() {
        return read(() -> {
            List<Company> list = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT * FROM company WHERE archived_at IS NULL "
                    + "ORDER BY name COLLATE NOCASE, id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(CompanyRows.read(r));
                }
            }
            return list;
        });
    }

    /**
     * Archives a company (it leaves the start screen, its assessments are kept) or, with
     * {@code archived} false, brings it back.
     */
    public synchronized void archiveCompany(String companyId, boolean archived) {
        String now = format(now());
        write(() -> {
            if (update("UPDATE company SET archived_at = ?, updated_at = ? WHERE id = ?", archived ? now : null, now,
                    companyId) == 0) {
                throw new StoreException.NotFound("store.noCompany", companyId);
            }
            return null;
        });
    }

    public synchronized Optional<Company> company(String id) {
        return read(() -> findCompany(id));
    }

    // ---------------------------------------------------------------- assessments

    /**
     * Starts a draft assessment of a company with a (valid) questionnaire. The questionnaire's files
     * are kept by their content hash, so the assessment still opens after the files change.
     */
    public synchronized AssessmentInfo createAssessment(String companyId, LoadResult questionnaire, String label,
            String assessor) {
        Questionnaire q = questionnaire.valid().orElseThrow(() ->
                new StoreException.InvalidValue("store.invalidQuestionnaire", questionnaire.file()));
        String id = UUID.randomUUID().toString();
        String lbl = text(label, "label", MAX_TEXT);
        String who = text(assessor, "assessor", MAX_TEXT);
        String now = format(now());
        write(() -> {
            if (findCompany(companyId).isEmpty()) {
                throw new StoreException.NotFound("store.noCompany", companyId);
            }
            storeSnapshot(q, questionnaire.files());
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO assessment (id, company_id, "
                    + "questionnaire_id, questionnaire_version, content_hash, label, assessor, status, created_at, "
                    + "updated_at) VALUES (?,?,?,?,?,?,?,'draft',?,?)")) {
                p.setString(1, id);
                p.setString(2, companyId);
                p.setString(3, q.id());
                p.setString(4, q.version());
                p.setString(5, q.contentHash());
                p.setString(6, lbl);
                p.setString(7, who);
                p.setString(8, now);
                p.setString(9, now);
                p.executeUpdate();
            }
            return null;
        });
        questionnaires.putIfAbsent(q.contentHash(), q);
        return listAssessments(null, id).get(0);
    }

    /**
     * Copies the answers, adoption answers, priorities and targets of an earlier assessment into a
     * draft (for a follow-up such as T1), in one transaction. Answers to questions, technologies,
     * priorities or dimensions the draft's questionnaire no longer has are left out. Returns how many
     * values were copied.
     */
    public synchronized int copyAnswers(String fromAssessmentId, String toAssessmentId) {
        StoredAssessment from = loadAssessment(fromAssessmentId).orElseThrow(() ->
                new StoreException.NotFound("store.noAssessment", fromAssessmentId));
        String now = format(now());
        return write(() -> {
            String[] row = assessmentRow(toAssessmentId);
            if (!"draft".equals(row[1])) {
                throw new StoreException.InvalidValue("store.final", toAssessmentId);
            }
            Questionnaire q = cachedQuestionnaire(row[0]);
            Assessment a = from.assessment();
            int copied = 0;
            for (Map.Entry<String, LevelAnswer> e : a.answers().entrySet()) {
                if (q.question(e.getKey()).isPresent()) {
                    LevelAnswer answer = e.getValue();
                    update("INSERT OR REPLACE INTO level_answer (assessment_id, question_id, kind, level, note, "
                            + "changed_at) VALUES (?,?,?,?,?,?)", toAssessmentId, e.getKey(), kind(answer),
                            answer.level(), answer.note(), now);
                    copied++;
                }
            }
            for (Map.Entry<String, AdoptionAnswer> e : a.technologies().entrySet()) {
                if (q.technology(e.getKey()).isPresent()) {
                    AdoptionAnswer answer = e.getValue();
                    update("INSERT OR REPLACE INTO adoption_answer (assessment_id, technology_id, level, "
                            + "not_relevant, note, changed_at) VALUES (?,?,?,?,?,?)", toAssessmentId, e.getKey(),
                            answer.level(), answer.notRelevant() ? 1 : 0, answer.note(), now);
                    copied++;
                }
            }
            for (Map.Entry<String, Integer> e : a.priorities().entrySet()) {
                if (q.priority(e.getKey()).isPresent()) {
                    number("priority_weight", "priority_id", "weight", toAssessmentId, e.getKey(), e.getValue(), now);
                    copied++;
                }
            }
            for (Map.Entry<String, Integer> e : a.targets().entrySet()) {
                if (q.dimension(e.getKey()).isPresent()) {
                    number("dimension_target", "dimension_id", "level", toAssessmentId, e.getKey(), e.getValue(), now);
                    copied++;
                }
            }
            update("UPDATE assessment SET updated_at = ? WHERE id = ?", now, toAssessmentId);
            return copied;
        });
    }

    private static String kind(LevelAnswer answer) {
        return switch (answer.kind()) {
            case LEVEL -> "level";
            case NOT_APPLICABLE -> "n/a";
            case DONT_KNOW -> "dont-know";
        };
    }

    /** All assessments, by company name and creation time. */
    public synchronized List<AssessmentInfo> listAssessments() {
        return listAssessments(null, null);
    }

    /** The assessment of the same company created just before this one (for progress since then). */
    public synchronized Optional<AssessmentInfo> assessmentBefore(String assessmentId) {
        return read(() -> {
            List<AssessmentInfo> self = infos(null, assessmentId);
            AssessmentInfo before = null;
            if (!self.isEmpty()) {
                for (AssessmentInfo info : infos(self.get(0).companyId(), null)) {
                    if (info.id().equals(assessmentId)) {
                        break;
                    }
                    before = info;
                }
            }
            return Optional.ofNullable(before);
        });
    }

    /** The assessments of one company. */
    public synchronized List<AssessmentInfo> listAssessments(String companyId) {
        return listAssessments(companyId, null);
    }

    private List<AssessmentInfo> listAssessments(String companyId, String assessmentId) {
        return read(() -> infos(companyId, assessmentId));
    }

    List<AssessmentInfo> infos(String companyId, String assessmentId) throws SQLException {
        String sql = "SELECT a.*, c.name AS company_name FROM assessment a JOIN company c ON c.id = a.company_id"
                + (companyId != null ? " WHERE a.company_id = ?" : assessmentId != null ? " WHERE a.id = ?" : "")
                + " ORDER BY c.name COLLATE NOCASE, a.created_at, a.id";
        List<AssessmentInfo> list = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (companyId != null || assessmentId != null) {
                p.setString(1, companyId != null ? companyId : assessmentId);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new AssessmentInfo(r.getString("id"), r.getString("company_id"),
                            r.getString("company_name"), r.getString("questionnaire_id"),
                            r.getString("questionnaire_version"), r.getString("content_hash"), r.getString("label"),
                            r.getString("assessor"), r.getString("date"),
                            AssessmentInfo.Status.of(r.getString("status")), r.getString("position"),
                            instant(r.getString("created_at")), instant(r.getString("updated_at")),
                            instant(r.getString("finished_at"))));
                }
            }
        }
        return list;
    }

    /** An assessment with its company, answers and questionnaire, as it was last saved. */
    public synchronized Optional<StoredAssessment> loadAssessment(String assessmentId) {
        Optional<StoredAssessment> loaded = read(() -> {
            List<AssessmentInfo> infos = infos(null, assessmentId);
            if (infos.isEmpty()) {
                return Optional.empty();
            }
            AssessmentInfo info = infos.get(0);
            Company company = findCompany(info.companyId()).orElseThrow();
            Map<String, Instant> changed = new LinkedHashMap<>();
            Map<String, LevelAnswer> answers = new LinkedHashMap<>();
            try (ResultSet r = query("SELECT * FROM level_answer WHERE assessment_id = ? ORDER BY question_id",
                    assessmentId)) {
                while (r.next()) {
                    String kind = r.getString("kind");
                    LevelAnswer a = switch (kind) {
                        case "level" -> LevelAnswer.level(r.getInt("level"));
                        case "n/a" -> LevelAnswer.notApplicable();
                        default -> LevelAnswer.dontKnow();
                    };
                    answers.put(r.getString("question_id"), a.withNote(r.getString("note")));
                    changed.put("answer:" + r.getString("question_id"), instant(r.getString("changed_at")));
                }
            }
            Map<String, AdoptionAnswer> adoption = new LinkedHashMap<>();
            try (ResultSet r = query("SELECT * FROM adoption_answer WHERE assessment_id = ? ORDER BY technology_id",
                    assessmentId)) {
                while (r.next()) {
                    boolean notRelevant = r.getInt("not_relevant") == 1;
                    adoption.put(r.getString("technology_id"), new AdoptionAnswer(notRelevant ? null
                            : r.getInt("level"), notRelevant, r.getString("note")));
                    changed.put("technology:" + r.getString("technology_id"), instant(r.getString("changed_at")));
                }
            }
            Map<String, Integer> priorities = numbers("priority_weight", "priority_id", "weight", assessmentId,
                    "priority:", changed);
            Map<String, Integer> targets = numbers("dimension_target", "dimension_id", "level", assessmentId,
                    "target:", changed);
            Assessment assessment = new Assessment(info.id(), info.label(), info.assessor(), info.date(), priorities,
                    answers, adoption, targets);
            return Optional.of(new StoredAssessment(info, company, assessment, null, changed));
        });
        return loaded.map(l -> new StoredAssessment(l.info(), l.company(), l.assessment(),
                questionnaire(l.info().contentHash()), l.changed()));
    }

    private Map<String, Integer> numbers(String table, String idColumn, String valueColumn, String assessmentId,
            String prefix, Map<String, Instant> changed) throws SQLException {
        Map<String, Integer> values = new LinkedHashMap<>();
        try (ResultSet r = query("SELECT " + idColumn + ", " + valueColumn + ", changed_at FROM " + table
                + " WHERE assessment_id = ? ORDER BY " + idColumn, assessmentId)) {
            while (r.next()) {
                values.put(r.getString(1), r.getInt(2));
                changed.put(prefix + r.getString(1), instant(r.getString(3)));
            }
        }
        return values;
    }

    /** The questionnaire stored under this content hash (loaded from its snapshot). */
    public synchronized Questionnaire questionnaire(String contentHash) {
        Questionnaire cached = questionnaires.get(contentHash);
        if (cached != null) {
            return cached;
        }
        Snapshot s = read(() -> snapshot(contentHash)).orElseThrow(() ->
                new StoreException.NotFound("store.noSnapshot", contentHash));
        Questionnaire q = s.load().valid().orElseThrow(() ->
                new StoreException.InvalidValue("store.invalidSnapshot", contentHash));
        questionnaires.put(contentHash, q);
        return q;
    }

    // ---------------------------------------------------------------- answers (each one committed at once)

    /** Saves (or with {@code null} removes) the answer to a level question; durable when this returns. */
    public synchronized void saveAnswer(String assessmentId, String questionId, LevelAnswer answer) {
        String note = answer == null ? null : text(answer.note(), "note", MAX_NOTE);
        change(assessmentId, q -> q.question(questionId).isPresent(), "store.unknownQuestion", questionId, now -> {
            if (answer == null) {
                update("DELETE FROM level_answer WHERE assessment_id = ? AND question_id = ?", assessmentId,
                        questionId);
            } else {
                update("INSERT INTO level_answer (assessment_id, question_id, kind, level, note, changed_at) "
                        + "VALUES (?,?,?,?,?,?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                        + "kind = excluded.kind, level = excluded.level, note = excluded.note, "
                        + "changed_at = excluded.changed_at", assessmentId, questionId, kind(answer), answer.level(), note, now);
            }
        });
    }

    /** Saves (or with {@code null} removes) the adoption answer for a technology. */
    public synchronized void saveAdoption(String assessmentId, String technologyId, AdoptionAnswer answer) {
        String note = answer == null ? null : text(answer.note(), "note", MAX_NOTE);
        change(assessmentId, q -> q.technology(technologyId).isPresent(), "store.unknownTechnology", technologyId,
                now -> {
                    if (answer == null) {
                        update("DELETE FROM adoption_answer WHERE assessment_id = ? AND technology_id = ?",
                                assessmentId, technologyId);
                    } else {
                        update("INSERT INTO adoption_answer (assessment_id, technology_id, level, not_relevant, "
                                + "note, changed_at) VALUES (?,?,?,?,?,?) ON CONFLICT (assessment_id, technology_id) "
                                + "DO UPDATE SET level = excluded.level, not_relevant = excluded.not_relevant, "
                                + "note = excluded.note, changed_at = excluded.changed_at", assessmentId,
                                technologyId, answer.level(), answer.notRelevant() ? 1 : 0, note, now);
                    }
                });
    }

    /** Saves (or with {@code null} removes) the owner's weight 0-5 for a business priority. */
    public synchronized void savePriority(String assessmentId, String priorityId, Integer weight) {
        range(weight, "priority");
        change(assessmentId, q -> q.priority(priorityId).isPresent(), "store.unknownPriority", priorityId,
                now -> number("priority_weight", "priority_id", "weight", assessmentId, priorityId, weight, now));
    }

    /** Saves (or with {@code null} removes, back to the default) the target level 0-5 of a dimension. */
    public synchronized void saveTarget(String assessmentId, String dimensionId, Integer level) {
        range(level, "target");
        change(assessmentId, q -> q.dimension(dimensionId).isPresent(), "store.unknownDimension", dimensionId,
                now -> number("dimension_target", "dimension_id", "level", assessmentId, dimensionId, level, now));
    }

    /** Changes label, assessor and date (yyyy-mm-dd) of an assessment. */
    public synchronized void saveDetails(String assessmentId, String label, String assessor, String date) {
        String l = text(label, "label", MAX_TEXT);
        String a = text(assessor, "assessor", MAX_TEXT);
        String d = text(date, "date", 10);
        if (d != null) {
            try {
                java.time.LocalDate.parse(d);
            } catch (java.time.format.DateTimeParseException e) {
                throw new StoreException.InvalidValue("store.date", d);
            }
        }
        change(assessmentId, q -> true, null, null, now -> update(
                "UPDATE assessment SET label = ?, assessor = ?, date = ? WHERE id = ?", l, a, d, assessmentId));
    }

    /** Remembers where the wizard is (any short text), so that reopening resumes there. */
    public synchronized void savePosition(String assessmentId, String position) {
        String p = text(position, "position", MAX_TEXT);
        write(() -> {
            if (update("UPDATE assessment SET position = ? WHERE id = ?", p, assessmentId) == 0) {
                throw new StoreException.NotFound("store.noAssessment", assessmentId);
            }
            return null;
        });
    }

    /** Marks an assessment final: it no longer changes until {@link #reopen(String)}. */
    public synchronized void finish(String assessmentId) {
        status(assessmentId, "final");
    }

    public synchronized void reopen(String assessmentId) {
        status(assessmentId, "draft");
    }

    private void status(String assessmentId, String status) {
        String now = format(now());
        write(() -> {
            if (update("UPDATE assessment SET status = ?, finished_at = ?, updated_at = ? WHERE id = ?", status,
                    status.equals("final") ? now : null, now, assessmentId) == 0) {
                throw new StoreException.NotFound("store.noAssessment", assessmentId);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- backup

    /** Writes a consistent copy of the database to {@code target} (SQLite online backup), replacing a file there. */
    public synchronized void backupTo(Path target) {
        backupTo(target, true);
    }

    /**
     * Writes a consistent copy of the database to {@code target} (SQLite online backup), owner-only.
     * Refuses a folder, device or pipe, this database and its own files, a read-only file, and an
     * existing file unless {@code replace} ({@link StoreException.TargetRefused}).
     */
    public synchronized void backupTo(Path target, boolean replace) {
        try {
            Backups.copy(connection, target, new AtomicFiles.Rules(replace, file));
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (IOException e) {
            throw new StoreException.Failure(target, e);
        }
    }

    /**
     * Puts a backup (automatic or from {@code maakscan backup}) in the place of the database. A
     * healthy database is first copied to {@code backups/<name>-before-restore-<time>.db} and then
     * overwritten through SQLite's backup API, so a program that has it open sees the change safely; a
     * damaged one is renamed to {@code <name>.damaged-<time>}. Refuses a backup that is not a
     * Maakscan database and never overwrites another program's file. Returns the copy of what was
     * there before, if any.
     */
    public static Optional<Path> restore(Path backupFile, Path db, Options options) {
        String stamp = format(now(options.clock())).replace(":", "").replace("-", "").replace(".", "");
        return Restore.restore(backupFile, db, options, stamp);
    }

    // ---------------------------------------------------------------- internals shared with the importer

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    interface Change {
        void apply(String now) throws SQLException;
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or nothing. */
    synchronized <T> T write(SqlWork<T> work) {
        if (!changing) {
            try {
                Backups.markChanged(file);  // before the change, so that even a crash leaves it unmarked
            } catch (IOException e) {
                throw new StoreException.Failure(file, e);
            }
            changing = true;
        }
        return transaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} in one read transaction: a consistent snapshot. */
    synchronized <T> T read(SqlWork<T> work) {
        return transaction("BEGIN", work);
    }

    private <T> T transaction(String begin, SqlWork<T> work) {
        try {
            statement(begin).execute();
            try {
                T result = work.run();
                statement("COMMIT").execute();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    statement("ROLLBACK").execute();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * A prepared statement kept for the life of the store: the autosave path runs the same few
     * statements for every answer, and preparing them again each time cost more than the rest of the
     * work apart from the disk (see README, Benchmarks). Only for statements whose result is read
     * completely before the same statement runs again.
     */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        } else {
            p.clearParameters();
        }
        return p;
    }

    /** Runs one change of a draft assessment (refused when final) and marks the assessment updated. */
    void change(String assessmentId, java.util.function.Predicate<Questionnaire> known, String unknownKey,
            String id, Change change) {
        String now = format(now());
        write(() -> {
            String[] row = assessmentRow(assessmentId);
            if (!"draft".equals(row[1])) {
                throw new StoreException.InvalidValue("store.final", assessmentId);
            }
            if (unknownKey != null && !known.test(cachedQuestionnaire(row[0]))) {
                throw new StoreException.NotFound(unknownKey, id);
            }
            change.apply(now);
            update("UPDATE assessment SET updated_at = ? WHERE id = ?", now, assessmentId);
            return null;
        });
    }

    private String[] assessmentRow(String assessmentId) throws SQLException {
        PreparedStatement p = statement("SELECT content_hash, status FROM assessment WHERE id = ?");
        p.setString(1, assessmentId);
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                throw new StoreException.NotFound("store.noAssessment", assessmentId);
            }
            return new String[] {r.getString(1), r.getString(2)};
        }
    }

    /** The questionnaire by hash inside a running transaction (no nested transaction). */
    Questionnaire cachedQuestionnaire(String hash) throws SQLException {
        Questionnaire q = questionnaires.get(hash);
        if (q == null) {
            Snapshot s = snapshot(hash).orElseThrow(() -> new StoreException.NotFound("store.noSnapshot", hash));
            q = s.load().valid().orElseThrow(() -> new StoreException.InvalidValue("store.invalidSnapshot", hash));
            questionnaires.put(hash, q);
        }
        return q;
    }

    private void number(String table, String idColumn, String valueColumn, String assessmentId, String id,
            Integer value, String now) throws SQLException {
        if (value == null) {
            update("DELETE FROM " + table + " WHERE assessment_id = ? AND " + idColumn + " = ?", assessmentId, id);
        } else {
            update("INSERT INTO " + table + " (assessment_id, " + idColumn + ", " + valueColumn + ", changed_at) "
                    + "VALUES (?,?,?,?) ON CONFLICT (assessment_id, " + idColumn + ") DO UPDATE SET " + valueColumn
                    + " = excluded." + valueColumn + ", changed_at = excluded.changed_at", assessmentId, id, value, now);
        }
    }

    /** The files of a questionnaire as stored, to load again or to put in a bundle. */
    record Snapshot(String contentHash, String questionnaireId, String version, String mainRef,
            Map<String, byte[]> files) {
        LoadResult load() {
            return new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.snapshot(mainRef, files));
        }
    }

    Optional<Snapshot> snapshot(String hash) throws SQLException {
        String id;
        String version;
        String main;
        try (ResultSet r = query("SELECT * FROM questionnaire_snapshot WHERE content_hash = ?", hash)) {
            if (!r.next()) {
                return Optional.empty();
            }
            id = r.getString("questionnaire_id");
            version = r.getString("questionnaire_version");
            main = r.getString("main_ref");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ResultSet r = query("SELECT ref, bytes FROM questionnaire_file WHERE content_hash = ? ORDER BY ref",
                hash)) {
            while (r.next()) {
                files.put(r.getString(1), r.getBytes(2));
            }
        }
        return Optional.of(new Snapshot(hash, id, version, main, files));
    }

    /** Stores the files of a questionnaire under its hash, unless they are there already. */
    void storeSnapshot(Questionnaire q, Map<String, byte[]> files) throws SQLException {
        questionnaires.putIfAbsent(q.contentHash(), q);
        try (ResultSet r = query("SELECT 1 FROM questionnaire_snapshot WHERE content_hash = ?", q.contentHash())) {
            if (r.next()) {
                return;
            }
        }
        QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH);
        String main = files.entrySet().stream()
                .filter(e -> loader.kindOf(e.getValue()).filter("questionnaire"::equals).isPresent())
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new StoreException.InvalidValue("store.invalidQuestionnaire", q.id()));
        update("INSERT INTO questionnaire_snapshot (content_hash, questionnaire_id, questionnaire_version, main_ref, "
                + "stored_at) VALUES (?,?,?,?,?)", q.contentHash(), q.id(), q.version(), main, format(now()));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            update("INSERT INTO questionnaire_file (content_hash, ref, bytes) VALUES (?,?,?)", q.contentHash(),
                    e.getKey(), e.getValue());
        }
    }

    Optional<Company> findCompany(String id) throws SQLException {
        try (ResultSet r = query("SELECT * FROM company WHERE id = ?", id)) {
            return r.next() ? Optional.of(CompanyRows.read(r)) : Optional.empty();
        }
    }

    Instant companyUpdated(String id) throws SQLException {
        try (ResultSet r = query("SELECT updated_at FROM company WHERE id = ?", id)) {
            return r.next() ? instant(r.getString(1)) : null;
        }
    }

    /** The company with its texts trimmed, or an {@link StoreException.InvalidValue}. */
    static Company checked(Company c, String id) {
        String name = text(c.name(), "name", MAX_TEXT);
        if (name == null) {
            throw new StoreException.InvalidValue("store.nameRequired");
        }
        String kvk = c.kvk() == null || c.kvk().isBlank() ? null : c.kvk().strip();
        if (kvk != null && !KVK.matcher(kvk).matches()) {
            throw new StoreException.InvalidValue("store.kvk", kvk);
        }
        if (c.employees() != null && c.employees() < 1) {
            throw new StoreException.InvalidValue("store.employees", c.employees());
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new StoreException.InvalidValue("store.uuid", id);
        }
        return new Company(id, name, kvk, text(c.sector(), "sector", MAX_TEXT), c.employees(), c.processes(),
                text(c.place(), "place", MAX_TEXT), text(c.contact(), "contact", MAX_TEXT));
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new StoreException.InvalidValue("store.tooLong", field, max);
        }
        if (badCharacter(s)) {
            throw new StoreException.InvalidValue("store.badCharacter", field);
        }
        return s;
    }

    /**
     * Whether a text holds a character no text of a company or assessment may hold: NUL and the other
     * control characters apart from tab, line feed and carriage return, or half of a surrogate pair
     * (not a character at all; it cannot be written as UTF-8).
     */
    static boolean badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void range(Integer value, String field) {
        if (value != null && (value < 0 || value > 5)) {
            throw new StoreException.InvalidValue("store.range", field, value);
        }
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    ResultSet query(String sql, Object... args) throws SQLException {
        PreparedStatement p = connection.prepareStatement(sql);
        bind(p, args);
        p.closeOnCompletion();
        return p.executeQuery();
    }

    int update(String sql, Object... args) throws SQLException {
        PreparedStatement p = statement(sql);
        bind(p, args);
        return p.executeUpdate();
    }

    private static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (a instanceof byte[] b) {
                p.setBytes(i + 1, b);
            } else if (a instanceof Integer n) {
                p.setInt(i + 1, n);
            } else {
                p.setString(i + 1, a.toString());
            }
        }
    }

    Instant now() {
        return now(options.clock());
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static StoreException translate(Path file, SQLException e) {
        if (DatabaseFile.isBusy(e)) {
            return new StoreException.DatabaseLocked(file, e);
        }
        if (DatabaseFile.isReadOnly(e)) {
            return new StoreException.ReadOnlyDatabase(file);
        }
        if (DatabaseFile.isCorruption(e)) {
            return new StoreException.CorruptDatabase(file, Backups.newest(file).orElse(null), e);
        }
        return new StoreException.Failure(file, e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a connection that failed: nothing left to do
            }
        }
    }
}
