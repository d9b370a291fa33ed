package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.model.Company;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes bundles ({@code maakscan-bundle/1}): the selected companies and assessments, as stored. */
final class BundleExport {

    private static final ObjectMapper JSON = AnswersFile.JSON;

    private BundleExport() {
    }

    /** The selected companies and assessments as a bundle (UTF-8 JSON). */
    static byte[] export(Store store, Bundles.Selection selection, Instant now) {
        SqlAssessments assessments = store.assessmentRows();
        SqlCompanies companyRows = store.companyRows();
        // a read transaction: one consistent snapshot, without the write lock
        return store.database().read(() -> {
            List<AssessmentInfo> infos = selection.assessmentId() != null
                    ? assessments.info(selection.assessmentId()).stream().toList()
                    : selection.companyId() != null ? assessments.list(selection.companyId()) : assessments.list();
            if (selection.assessmentId() != null && infos.isEmpty()) {
                throw new StoreException.NotFound("store.noAssessment", selection.assessmentId());
            }
            List<String> companyIds = new ArrayList<>();
            if (selection.companyId() != null) {
                if (companyRows.find(selection.companyId()).isEmpty()) {
                    throw new StoreException.NotFound("store.noCompany", selection.companyId());
                }
                companyIds.add(selection.companyId());
            } else if (selection.assessmentId() != null) {
                companyIds.add(infos.get(0).companyId());
            } else {
                companyIds.addAll(companyRows.ids());
            }
            ObjectNode root = JSON.createObjectNode();
            root.put("format", Bundles.FORMAT);
            root.put("exported", Times.format(now));
            ArrayNode questionnaires = root.putArray("questionnaires");
            ArrayNode companies = root.putArray("companies");
            Set<String> hashes = new java.util.TreeSet<>();
            for (String companyId : companyIds) {
                Bundles.CompanyData c = companyRows.data(companyId).orElseThrow();
                ObjectNode cn = companies.addObject();
                writeCompany(cn, c);
                ArrayNode an = cn.putArray("assessments");
                for (AssessmentInfo info : infos) {
                    if (info.companyId().equals(companyId)) {
                        Bundles.AssessmentData a = assessments.data(info.id()).orElseThrow();
                        writeAssessment(an.addObject(), a);
                        hashes.add(a.contentHash());
                    }
                }
            }
            for (String hash : hashes) {
                SqlSnapshots.Snapshot s = store.snapshotRows().snapshot(hash).orElseThrow(() ->
                        new StoreException.NotFound("store.noSnapshot", hash));
                ObjectNode qn = questionnaires.addObject();
                qn.put("contentHash", s.contentHash());
                qn.put("id", s.questionnaireId());
                qn.put("version", s.version());
                qn.put("main", s.mainRef());
                ObjectNode files = qn.putObject("files");
                s.files().forEach((ref, bytes) -> files.put(ref, Base64.getEncoder().encodeToString(bytes)));
            }
            try {
                return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void writeCompany(ObjectNode n, Bundles.CompanyData d) {
        Company c = d.company();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("kvk", c.kvk());
        n.put("sector", c.sector());
        if (c.employees() == null) {
            n.putNull("employees");
        } else {
            n.put("employees", c.employees());
        }
        ArrayNode p = n.putArray("processes");
        c.processes().forEach(p::add);
        n.put("place", c.place());
        n.put("contact", c.contact());
        n.put("created", Times.format(d.created()));
        n.put("updated", Times.format(d.updated()));
    }

    private static void writeAssessment(ObjectNode n, Bundles.AssessmentData a) {
        n.put("id", a.id());
        n.put("questionnaire", a.contentHash());
        n.put("label", a.label());
        n.put("assessor", a.assessor());
        n.put("date", a.date());
        n.put("status", a.status());
        n.put("position", a.position());
        n.put("created", Times.format(a.created()));
        n.put("updated", Times.format(a.updated()));
        n.put("finished", Times.format(a.finished()));
        items(n.putObject("priorities"), a.priorities());
        items(n.putObject("targets"), a.targets());
        items(n.putObject("answers"), a.answers());
        items(n.putObject("technologies"), a.technologies());
        // Optional since 0.2 (schema 3): written only when there is something to write.
        Bundles.Item overall = a.conclusions().get(ConclusionsRepository.OVERALL);
        if (overall != null) {
            ObjectNode o = n.putObject("conclusion");
            o.put("text", (String) overall.value());
            o.put("changed", Times.format(overall.changed()));
        }
        Map<String, Bundles.Item> topics = new java.util.LinkedHashMap<>(a.conclusions());
        topics.remove(ConclusionsRepository.OVERALL);
        if (!topics.isEmpty()) {
            ObjectNode t = n.putObject("topicConclusions");
            topics.forEach((id, item) -> {
                ObjectNode o = t.putObject(id);
                o.put("text", (String) item.value());
                o.put("changed", Times.format(item.changed()));
            });
        }
        if (a.method() != null) {
            ObjectNode m = n.putObject("method");
            m.put("method", a.method().method());
            m.put("participants", a.method().participants());
            m.put("changed", Times.format(a.method().changed()));
        }
        if (!a.planSteps().isEmpty()) {
            ArrayNode steps = n.putArray("planTracking");
            a.planSteps().forEach((key, item) -> {
                String[] k = key.split("/", 2);
                ObjectNode o = steps.addObject();
                o.put("technology", k[0]);
                o.put("supportType", k[1]);
                o.put("status", (String) item.value());
                o.put("note", item.note());
                o.put("changed", Times.format(item.changed()));
            });
        }
    }

    private static void items(ObjectNode n, Map<String, Bundles.Item> items) {
        items.forEach((id, item) -> {
            ObjectNode e = n.putObject(id);
            if (item.value() instanceof Integer i) {
                e.put("value", i);
            } else {
                e.put("value", (String) item.value());
            }
            if (item.note() != null) {
                e.put("note", item.note());
            }
            e.put("changed", Times.format(item.changed()));
        });
    }

}
