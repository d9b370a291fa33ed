package nl.maakscan.store;

import nl.maakscan.content.ContentSource;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.Questionnaire;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link QuestionnaireSnapshots} in the tables {@code questionnaire_snapshot} and {@code questionnaire_file}. */
final class SqlSnapshots implements QuestionnaireSnapshots {

    /** The files of a questionnaire as stored, to load again or to put in a bundle. */
    record Snapshot(String contentHash, String questionnaireId, String version, String mainRef,
            Map<String, byte[]> files) {
        LoadResult load() {
            return new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.snapshot(mainRef, files));
        }
    }

    private final Database db;
    private final Map<String, Questionnaire> loaded = new ConcurrentHashMap<>();

    SqlSnapshots(Database db) {
        this.db = db;
    }

    @Override
    public Questionnaire questionnaire(String contentHash) {
        Questionnaire cached = loaded.get(contentHash);
        if (cached != null) {
            return cached;
        }
        Snapshot s = snapshot(contentHash).orElseThrow(() ->
                new StoreException.NotFound("store.noSnapshot", contentHash));
        Questionnaire q = s.load().valid().orElseThrow(() ->
                new StoreException.InvalidValue("store.invalidSnapshot", contentHash));
        loaded.put(contentHash, q);
        return q;
    }

    Optional<Snapshot> snapshot(String hash) {
        return db.read(() -> {
            String id;
            String version;
            String main;
            try (ResultSet r = db.query("SELECT * FROM questionnaire_snapshot WHERE content_hash = ?", hash)) {
                if (!r.next()) {
                    return Optional.empty();
                }
                id = r.getString("questionnaire_id");
                version = r.getString("questionnaire_version");
                main = r.getString("main_ref");
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (ResultSet r = db.query("SELECT ref, bytes FROM questionnaire_file WHERE content_hash = ? "
                    + "ORDER BY ref", hash)) {
                while (r.next()) {
                    files.put(r.getString(1), r.getBytes(2));
                }
            }
            return Optional.of(new Snapshot(hash, id, version, main, files));
        });
    }

    boolean has(String hash) {
        return db.read(() -> {
            try (ResultSet r = db.query("SELECT 1 FROM questionnaire_snapshot WHERE content_hash = ?", hash)) {
                return r.next();
            }
        });
    }

    /** Stores the files of a questionnaire under its hash, unless they are there already. */
    void store(Questionnaire q, Map<String, byte[]> files) {
        loaded.putIfAbsent(q.contentHash(), q);
        db.write(() -> {
            if (has(q.contentHash())) {
                return null;
            }
            QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH);
            String main = files.entrySet().stream()
                    .filter(e -> loader.kindOf(e.getValue()).filter("questionnaire"::equals).isPresent())
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new StoreException.InvalidValue("store.invalidQuestionnaire", q.id()));
            db.update("INSERT INTO questionnaire_snapshot (content_hash, questionnaire_id, questionnaire_version, "
                    + "main_ref, stored_at) VALUES (?,?,?,?,?)", q.contentHash(), q.id(), q.version(), main,
                    db.nowText());
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                db.update("INSERT INTO questionnaire_file (content_hash, ref, bytes) VALUES (?,?,?)", q.contentHash(),
                        e.getKey(), e.getValue());
            }
            return null;
        });
    }
}
