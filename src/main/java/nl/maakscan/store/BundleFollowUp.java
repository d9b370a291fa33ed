package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.SupportType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the optional parts of a bundle's assessment added with schema 3: the adviser's conclusions
 * ({@code conclusion}, {@code topicConclusions}), the {@code method} and the {@code planTracking} of a
 * follow-up. A bundle without them (written before they existed) reads as an assessment without them.
 */
final class BundleFollowUp {

    private static final Set<String> CONCLUSION = Set.of("text", "changed");
    private static final Set<String> METHOD = Set.of("method", "participants", "changed");
    private static final Set<String> STEP = Set.of("technology", "supportType", "status", "note", "changed");

    private final BundleParser parser;

    BundleFollowUp(BundleParser parser) {
        this.parser = parser;
    }

    /** The conclusions keyed by topic ({@code ""} for the overall one). */
    Map<String, Bundles.Item> conclusions(JsonNode n, String at) {
        Map<String, Bundles.Item> items = new LinkedHashMap<>();
        JsonNode overall = n.path("conclusion");
        if (!overall.isMissingNode() && !overall.isNull()) {
            conclusion(items, ConclusionsRepository.OVERALL, overall, at + ".conclusion");
        }
        JsonNode topics = n.path("topicConclusions");
        if (!topics.isMissingNode() && !topics.isNull()) {
            parser.object(topics, at + ".topicConclusions");
            var it = topics.properties().iterator();
            while (it.hasNext()) {
                var e = it.next();
                if (e.getKey().isEmpty()) {
                    throw parser.bad(at + ".topicConclusions", "import.required");
                }
                conclusion(items, e.getKey(), e.getValue(), at + ".topicConclusions." + e.getKey());
            }
        }
        return items;
    }

    private void conclusion(Map<String, Bundles.Item> items, String topic, JsonNode n, String at) {
        parser.object(n, at);
        parser.fields(n, at, CONCLUSION);
        items.put(topic, new Bundles.Item(parser.text(n, at, "text", 20_000, true), null,
                parser.time(n, at, "changed", true)));
    }

    Bundles.Method method(JsonNode n, String at) {
        JsonNode m = n.path("method");
        if (m.isMissingNode() || m.isNull()) {
            return null;
        }
        String mat = at + ".method";
        parser.object(m, mat);
        parser.fields(m, mat, METHOD);
        String method = parser.text(m, mat, "method", 20, false);
        if (method != null && Conclusions.Method.fromId(method).isEmpty()) {
            throw parser.bad(mat + ".method", "answers.notAllowed", method, "\"self\", \"interview\"");
        }
        String participants = parser.text(m, mat, "participants", 500, false);
        if (method == null && participants == null) {
            return null;
        }
        return new Bundles.Method(method, participants, parser.time(m, mat, "changed", true));
    }

    /** The plan tracking keyed {@code <technology>/<support type>}. */
    Map<String, Bundles.Item> planSteps(JsonNode n, String at) {
        Map<String, Bundles.Item> items = new LinkedHashMap<>();
        JsonNode steps = n.path("planTracking");
        if (steps.isMissingNode() || steps.isNull()) {
            return items;
        }
        if (!steps.isArray()) {
            throw parser.bad(at + ".planTracking", "import.required");
        }
        for (int i = 0; i < steps.size(); i++) {
            String sat = at + ".planTracking[" + i + "]";
            JsonNode s = parser.object(steps.get(i), sat);
            parser.fields(s, sat, STEP);
            String technology = parser.text(s, sat, "technology", 200, true);
            String type = parser.text(s, sat, "supportType", 40, true);
            if (SupportType.fromId(type).isEmpty()) {
                throw parser.bad(sat + ".supportType", "answers.notAllowed", type, "insight, strategy, feasibility, "
                        + "knowledge, implementation, investment");
            }
            String status = parser.text(s, sat, "status", 40, false);
            if (status != null && PlanStepStatus.Status.fromId(status).isEmpty()) {
                throw parser.bad(sat + ".status", "answers.notAllowed", status,
                        "\"done\", \"in-progress\", \"not-started\", \"dropped\"");
            }
            String note = parser.text(s, sat, "note", 20_000, false);
            if (status == null && note == null) {
                continue;
            }
            String key = technology + "/" + type;
            if (items.put(key, new Bundles.Item(status, note, parser.time(s, sat, "changed", true))) != null) {
                throw parser.bad(sat, "import.duplicate", key);
            }
        }
        return items;
    }
}
