package nl.maakscan.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The rules of a sync, item by item (the bundle rules, finer): an item only one side has is kept; when both
 * sides have different versions of an answer, the newer {@code changed} time wins (the server on a tie) and
 * both versions are remembered as a conflict; an assessment's details and a company follow the side with the
 * newer {@code updated} time. Nothing is removed.
 */
final class SyncMerge {

    /** Two versions of one item that differ: which was the laptop's, which the server's, and which won. */
    record Conflict(String assessmentId, String item, Bundles.Item laptop, Bundles.Item server, boolean laptopWon) {
    }

    record Merged(Bundles.AssessmentData assessment, List<Conflict> conflicts) {
    }

    private SyncMerge() {
    }

    static Bundles.CompanyData company(Bundles.CompanyData laptop, Bundles.CompanyData server) {
        if (laptop == null || server == null) {
            return laptop == null ? server : laptop;
        }
        return laptop.updated().isAfter(server.updated()) ? laptop : server;
    }

    static Merged assessment(Bundles.AssessmentData laptop, Bundles.AssessmentData server) {
        if (laptop == null || server == null) {
            return new Merged(laptop == null ? server : laptop, List.of());
        }
        List<Conflict> conflicts = new ArrayList<>();
        String id = laptop.id();
        Bundles.AssessmentData newer = laptop.updated().isAfter(server.updated()) ? laptop : server;
        Instant updated = newer.updated();
        Bundles.Method method = method(laptop.method(), server.method(), id, conflicts);
        Bundles.AssessmentData merged = new Bundles.AssessmentData(id, newer.companyId(), newer.contentHash(),
                newer.label(), newer.assessor(), newer.date(), newer.status(), newer.position(), newer.created(),
                updated, newer.finished(),
                items("priority:", laptop.priorities(), server.priorities(), id, conflicts),
                items("target:", laptop.targets(), server.targets(), id, conflicts),
                items("answer:", laptop.answers(), server.answers(), id, conflicts),
                items("technology:", laptop.technologies(), server.technologies(), id, conflicts),
                items("conclusion:", laptop.conclusions(), server.conclusions(), id, conflicts), method,
                items("step:", laptop.planSteps(), server.planSteps(), id, conflicts));
        return new Merged(merged, conflicts);
    }

    private static Map<String, Bundles.Item> items(String prefix, Map<String, Bundles.Item> laptop,
            Map<String, Bundles.Item> server, String assessmentId, List<Conflict> conflicts) {
        Map<String, Bundles.Item> merged = new LinkedHashMap<>();
        TreeSet<String> keys = new TreeSet<>(laptop.keySet());
        keys.addAll(server.keySet());
        for (String key : keys) {
            Bundles.Item l = laptop.get(key);
            Bundles.Item s = server.get(key);
            if (l == null || s == null) {
                merged.put(key, l == null ? s : l);
                continue;
            }
            boolean laptopNewer = l.changed().isAfter(s.changed());
            merged.put(key, laptopNewer ? l : s);
            if (!Objects.equals(l.value(), s.value()) || !Objects.equals(l.note(), s.note())) {
                conflicts.add(new Conflict(assessmentId, prefix + key, l, s, laptopNewer));
            }
        }
        return merged;
    }

    private static Bundles.Method method(Bundles.Method laptop, Bundles.Method server, String assessmentId,
            List<Conflict> conflicts) {
        if (laptop == null || server == null) {
            return laptop == null ? server : laptop;
        }
        boolean laptopNewer = laptop.changed().isAfter(server.changed());
        if (!Objects.equals(laptop.method(), server.method())
                || !Objects.equals(laptop.participants(), server.participants())) {
            conflicts.add(new Conflict(assessmentId, "method:", new Bundles.Item(laptop.method(),
                    laptop.participants(), laptop.changed()), new Bundles.Item(server.method(), server.participants(),
                    server.changed()), laptopNewer));
        }
        return laptopNewer ? laptop : server;
    }
}
