package nl.maakscan.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sync between a laptop's database file and the organisation's server: the laptop's changes go up, the
 * companies the coach may see come down, by the rules of {@link SyncMerge}. Each company is one transaction on
 * the server and then one on the laptop: a failure leaves that company as it was on the server, and running the
 * sync again finishes the work (the merge gives the same result twice). When the same answer differs, both
 * versions are written to the answer history on both sides, with which one won. Two laptops that sync the same
 * company at the same time take turns: the server's company row is held for the length of its transaction.
 */
public final class Sync {

    /** What happened to one company. */
    public record CompanyResult(String companyId, String name, int sent, int received, List<Conflict> conflicts,
            String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    /** One answer (or other item) that differed: the assessment, the item, both versions and which one won. */
    public record Conflict(String assessmentLabel, String item, String laptopValue, String serverValue,
            String laptopChanged, String serverChanged, boolean laptopWon) {
    }

    /** Called inside the server's transaction after each assessment is written (the tests fail it on purpose). */
    interface Step {
        void written(String companyId, String assessmentId);
    }

    private final Store laptop;
    private final Store server;
    private final String laptopName;
    private final Step step;

    public Sync(Store laptop, Store server, String laptopName) {
        this(laptop, server, laptopName, (c, a) -> { });
    }

    Sync(Store laptop, Store server, String laptopName, Step step) {
        if (!laptop.local()) {
            throw new StoreException.ServerOnly(laptop.location());
        }
        if (server.local()) {
            throw new StoreException.ServerOnly(server.location());
        }
        this.laptop = laptop;
        this.server = server;
        this.laptopName = laptopName;
        this.step = step;
    }

    /** Syncs every company of the laptop and every company the server shows this login. */
    public List<CompanyResult> run() {
        Set<String> ids = new LinkedHashSet<>(laptop.companyRows().ids());
        ids.addAll(server.companyRows().ids());
        List<CompanyResult> results = new ArrayList<>();
        for (String id : ids) {
            results.add(company(id));
        }
        return results;
    }

    private CompanyResult company(String id) {
        String name = laptop.companyRows().data(id).or(() -> server.companyRows().data(id))
                .map(c -> c.company().name()).orElse(id);
        try {
            int[] counts = new int[2];
            List<Conflict> conflicts = new ArrayList<>();
            List<SyncMerge.Conflict> found = new ArrayList<>();
            Map<String, Bundles.AssessmentData> merged = server.database().write(() -> {
                server.companyRows().lock(id);
                Side fromLaptop = Side.read(laptop, id);
                Side onServer = Side.read(server, id);
                Bundles.CompanyData company = SyncMerge.company(fromLaptop.company(), onServer.company());
                Map<String, Bundles.AssessmentData> all = new LinkedHashMap<>();
                found.clear();
                conflicts.clear();
                Set<String> assessmentIds = new LinkedHashSet<>(fromLaptop.assessments().keySet());
                assessmentIds.addAll(onServer.assessments().keySet());
                for (String a : assessmentIds) {
                    SyncMerge.Merged m = SyncMerge.assessment(fromLaptop.assessments().get(a),
                            onServer.assessments().get(a));
                    all.put(a, m.assessment());
                    found.addAll(m.conflicts());
                    if (!m.assessment().equals(fromLaptop.assessments().get(a))) {
                        counts[1]++;
                    }
                    if (!m.assessment().equals(onServer.assessments().get(a))) {
                        counts[0]++;
                    }
                }
                write(server, laptop, onServer, company, all, step);
                history(server, id, found);
                for (SyncMerge.Conflict c : found) {
                    conflicts.add(conflict(all.get(c.assessmentId()).label(), c));
                }
                return all;
            });
            laptop.database().write(() -> {
                Side onLaptop = Side.read(laptop, id);
                Bundles.CompanyData company = server.companyRows().data(id).orElseThrow();
                write(laptop, server, onLaptop, company, merged, (c, a) -> { });
                history(laptop, id, found);
                return null;
            });
            return new CompanyResult(id, name, counts[0], counts[1], conflicts, null);
        } catch (StoreException e) {
            return new CompanyResult(id, name, 0, 0, List.of(), e.message("en"));
        } catch (RuntimeException e) {
            return new CompanyResult(id, name, 0, 0, List.of(), String.valueOf(e.getMessage()));
        }
    }

    /** One side's company and assessments, with everything in them. */
    private record Side(Bundles.CompanyData company, Map<String, Bundles.AssessmentData> assessments) {
        static Side read(Store store, String companyId) {
            Bundles.CompanyData c = store.companyRows().data(companyId).orElse(null);
            Map<String, Bundles.AssessmentData> as = new LinkedHashMap<>();
            if (c != null) {
                for (AssessmentInfo info : store.assessments().list(companyId)) {
                    as.put(info.id(), store.assessmentRows().data(info.id()).orElseThrow());
                }
            }
            return new Side(c, as);
        }
    }

    /** Writes the merged company and assessments where they differ from what {@code to} has. */
    private static void write(Store to, Store from, Side current, Bundles.CompanyData company,
            Map<String, Bundles.AssessmentData> merged, Step step) throws SQLException {
        if (current.company() == null) {
            to.companyRows().insert(company);
        } else if (!Objects.equals(current.company(), company)) {
            to.companyRows().replace(company);
        }
        for (Bundles.AssessmentData a : merged.values()) {
            Bundles.AssessmentData there = current.assessments().get(a.id());
            if (a.equals(there)) {
                continue;
            }
            if (!to.snapshotRows().has(a.contentHash())) {
                SqlSnapshots.Snapshot s = from.snapshotRows().snapshot(a.contentHash()).orElseThrow(() ->
                        new StoreException.NotFound("store.noSnapshot", a.contentHash()));
                to.snapshotRows().store(s.load().valid().orElseThrow(() ->
                        new StoreException.InvalidValue("store.invalidSnapshot", a.contentHash())), s.files());
            }
            if (there != null) {
                to.assessmentRows().delete(a.id());
            }
            to.assessmentRows().insert(a);
            step.written(company.company().id(), a.id());
        }
    }

    private void history(Store store, String companyId, List<SyncMerge.Conflict> conflicts) throws SQLException {
        Database db = store.database();
        String now = db.nowText();
        for (SyncMerge.Conflict c : conflicts) {
            record(db, companyId, c.assessmentId(), c.item(), c.laptop(), "laptop " + laptopName,
                    c.laptopWon(), now);
            record(db, companyId, c.assessmentId(), c.item(), c.server(), "server", !c.laptopWon(), now);
        }
    }

    /** Keeps one version in the answer history, unless the same version is there already (a sync run again). */
    private static void record(Database db, String companyId, String assessmentId, String item, Bundles.Item v,
            String origin, boolean won, String now) throws SQLException {
        String value = v.value() == null ? null : v.value().toString();
        String changed = Times.format(v.changed());
        try (var r = db.query("SELECT 1 FROM answer_history WHERE assessment_id = ? AND item = ? AND changed_at = ? "
                + "AND origin = ? AND value IS NOT DISTINCT FROM ?", assessmentId, item, changed, origin, value)) {
            if (r.next()) {
                return;
            }
        }
        db.update("INSERT INTO answer_history (company_id, assessment_id, item, value, note, changed_at, origin, "
                + "outcome, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)", companyId, assessmentId, item, value, v.note(),
                changed, origin, won ? "won" : "lost", now);
    }

    private static Conflict conflict(String label, SyncMerge.Conflict c) {
        return new Conflict(label, c.item(), text(c.laptop()), text(c.server()), Times.format(c.laptop().changed()),
                Times.format(c.server().changed()), c.laptopWon());
    }

    private static String text(Bundles.Item item) {
        String v = item.value() == null ? "-" : item.value().toString();
        return item.note() == null ? v : v + " (" + item.note() + ")";
    }
}
