package nl.maakscan.store;

import nl.maakscan.content.LoadResult;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open database with its repositories: {@link #companies()}, {@link #assessments()}, {@link #answers()},
 * {@link #questionnaires()}, the conclusions and the plan tracking. The local file opens with
 * {@link #open(Path)} (SQLite, see {@link SqliteDatabase}). The short methods below are the repositories' own,
 * kept for the screens and commands that call them. Every method may throw a {@link StoreException}.
 */
public final class Store implements AutoCloseable {

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

    private final Database database;
    private final SqlSnapshots snapshots;
    private final SqlCompanies companies;
    private final DraftChanges drafts;
    private final SqlAnswers answers;
    private final SqlAssessments assessments;

    /** The repositories over an open database of either engine; closing the store closes it. */
    public Store(Database database) {
        this.database = database;
        this.snapshots = new SqlSnapshots(database);
        this.companies = new SqlCompanies(database);
        this.drafts = new DraftChanges(database, snapshots);
        this.answers = new SqlAnswers(database, drafts, snapshots);
        this.assessments = new SqlAssessments(database, companies, snapshots, answers, drafts);
    }

    /** Opens (and on first use creates) the database file with the default options. */
    public static Store open(Path db) {
        return open(db, Options.defaults());
    }

    /**
     * Opens the database file: refuses, without writing anything, a file that is not a Maakscan database,
     * one from a newer Maakscan or a damaged one; creates or migrates the schema; then checks an existing
     * database and makes an automatic backup of it, unless it is unchanged since its newest backup.
     */
    public static Store open(Path db, Options options) {
        return new Store(SqliteDatabase.open(db, options));
    }

    /**
     * Opens the database a user named: a server address ({@code postgresql://host:port/database}, see
     * {@link PostgresDatabase}) or else a file (see {@link #open(Path, Options)}). {@code prompt} asks for a
     * server password when none is found in the usual places; null: do not ask.
     */
    public static Store open(String target, Options options, PostgresDatabase.PasswordPrompt prompt) {
        if (PostgresDatabase.isAddress(target)) {
            return new Store(PostgresDatabase.open(target, options, prompt));
        }
        return open(Path.of(target), options);
    }

    /** The database file a user named; refuses a server address ({@link StoreException.LocalOnly}). */
    public static Path localFile(String target) {
        if (PostgresDatabase.isAddress(target)) {
            throw new StoreException.LocalOnly(target);
        }
        return Path.of(target);
    }

    /** The administrator's work on a server database (logins, assignments); refused for a file. */
    public ServerAdmin serverAdmin() {
        if (database instanceof PostgresDatabase) {
            return new ServerAdmin(database);
        }
        throw new StoreException.ServerOnly(database.location());
    }

    public Companies companies() {
        return companies;
    }

    public Assessments assessments() {
        return assessments;
    }

    public Answers answers() {
        return answers;
    }

    public QuestionnaireSnapshots questionnaires() {
        return snapshots;
    }

    public ConclusionsRepository conclusions() {
        return new ConclusionsRepository(this);
    }

    public PlanTracking planTracking() {
        return new PlanTracking(this);
    }

    /**
     * Runs a use case of several repository calls as one write transaction: all of it is committed, or
     * nothing (for example a follow-up: a new assessment and the answers copied into it).
     */
    public <T> T transaction(Supplier<T> work) {
        return database.write(work::get);
    }

    /** Runs several reads as one read transaction: one consistent snapshot, without the write lock. */
    public <T> T reading(Supplier<T> work) {
        return database.read(work::get);
    }

    /** Where the database is, for messages: a file, or a server's address. */
    public String location() {
        return database.location();
    }

    /** The database file; only a local (SQLite) database has one. */
    public Path file() {
        return sqlite().file();
    }

    /** Whether the database is the local file (SQLite), with backups and restore. */
    public boolean local() {
        return database instanceof SqliteDatabase;
    }

    /** The automatic backup made when this store was opened, if one was made. */
    public Optional<Path> openingBackup() {
        return database instanceof SqliteDatabase s ? s.openingBackup() : Optional.empty();
    }

    /** Writes a consistent copy of the database file to {@code target}, replacing a file there. */
    public void backupTo(Path target) {
        backupTo(target, true);
    }

    /**
     * Writes a consistent copy of the database file to {@code target} (SQLite online backup), owner-only.
     * Refuses a folder, device or pipe, this database and its own files, a read-only file, and an
     * existing file unless {@code replace} ({@link StoreException.TargetRefused}).
     */
    public void backupTo(Path target, boolean replace) {
        sqlite().backupTo(target, replace);
    }

    /**
     * Puts a backup (automatic or from {@code maakscan backup}) in the place of the database file; see
     * {@link Restore}. Returns the copy of what was there before, if any.
     */
    public static Optional<Path> restore(Path backupFile, Path db, Options options) {
        String stamp = Times.format(Times.now(options.clock())).replace(":", "").replace("-", "").replace(".", "");
        return Restore.restore(backupFile, db, options, stamp);
    }

    private SqliteDatabase sqlite() {
        if (database instanceof SqliteDatabase s) {
            return s;
        }
        throw new StoreException.LocalOnly(database.location());
    }

    @Override
    public void close() {
        database.close();
    }

    Database database() {
        return database;
    }

    DraftChanges drafts() {
        return drafts;
    }

    SqlSnapshots snapshotRows() {
        return snapshots;
    }

    SqlCompanies companyRows() {
        return companies;
    }

    SqlAssessments assessmentRows() {
        return assessments;
    }

    // ---------------------------------------------------------------- the repositories' methods, as before

    public Company createCompany(Company company) {
        return companies.create(company);
    }

    public Company updateCompany(Company company) {
        return companies.update(company);
    }

    public List<Company> listCompanies() {
        return companies.list();
    }

    public List<Company> listActiveCompanies() {
        return companies.listActive();
    }

    public void archiveCompany(String companyId, boolean archived) {
        companies.archive(companyId, archived);
    }

    public Optional<Company> company(String id) {
        return companies.find(id);
    }

    public AssessmentInfo createAssessment(String companyId, LoadResult questionnaire, String label,
            String assessor) {
        return assessments.create(companyId, questionnaire, label, assessor);
    }

    public int copyAnswers(String fromAssessmentId, String toAssessmentId) {
        return answers.copy(fromAssessmentId, toAssessmentId);
    }

    public List<AssessmentInfo> listAssessments() {
        return assessments.list();
    }

    public List<AssessmentInfo> listAssessments(String companyId) {
        return assessments.list(companyId);
    }

    public Optional<AssessmentInfo> assessmentBefore(String assessmentId) {
        return assessments.before(assessmentId);
    }

    public Optional<StoredAssessment> loadAssessment(String assessmentId) {
        return assessments.load(assessmentId);
    }

    public Questionnaire questionnaire(String contentHash) {
        return snapshots.questionnaire(contentHash);
    }

    public void saveAnswer(String assessmentId, String questionId, LevelAnswer answer) {
        answers.saveAnswer(assessmentId, questionId, answer);
    }

    public void saveAdoption(String assessmentId, String technologyId, AdoptionAnswer answer) {
        answers.saveAdoption(assessmentId, technologyId, answer);
    }

    public void savePriority(String assessmentId, String priorityId, Integer weight) {
        answers.savePriority(assessmentId, priorityId, weight);
    }

    public void saveTarget(String assessmentId, String dimensionId, Integer level) {
        answers.saveTarget(assessmentId, dimensionId, level);
    }

    public void saveDetails(String assessmentId, String label, String assessor, String date) {
        assessments.saveDetails(assessmentId, label, assessor, date);
    }

    public void savePosition(String assessmentId, String position) {
        assessments.savePosition(assessmentId, position);
    }

    public void finish(String assessmentId) {
        assessments.finish(assessmentId);
    }

    public void reopen(String assessmentId) {
        assessments.reopen(assessmentId);
    }
}
