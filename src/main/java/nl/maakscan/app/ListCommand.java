package nl.maakscan.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Company;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoredAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code maakscan list [--json]}: the companies and their assessments in the database. */
@Command(name = "list", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ListCommand extends StoreCommand {

    @Option(names = "--json", descriptionKey = "list.json")
    boolean json;

    @Override
    int run() {
        try (Store store = open(false)) {
            List<AssessmentInfo> assessments = store.listAssessments();
            if (json) {
                output.out().println(json(store, assessments).toPrettyString());
            } else {
                text(store, store.listCompanies(), assessments);
            }
            return 0;
        }
    }

    private static ArrayNode json(Store store, List<AssessmentInfo> assessments) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (AssessmentInfo a : assessments) {
            ObjectNode n = array.addObject();
            n.put("id", a.id());
            n.put("companyId", a.companyId());
            n.put("company", a.companyName());
            n.put("label", a.label());
            n.put("status", a.status().name().toLowerCase(Locale.ROOT));
            n.put("created", a.created().toString());
            n.put("updated", a.updated().toString());
            Double level = overallLevel(store, a);
            if (level == null) {
                n.putNull("overallLevel");
            } else {
                n.put("overallLevel", Math.round(level * 100) / 100.0);
            }
            n.put("assessor", a.assessor());
            ObjectNode q = n.putObject("questionnaire");
            q.put("id", a.questionnaireId());
            q.put("version", a.questionnaireVersion());
        }
        return array;
    }

    private void text(Store store, List<Company> companies, List<AssessmentInfo> assessments) {
        PrintWriter out = output.out();
        if (companies.isEmpty()) {
            out.println(output.text("list.empty"));
        }
        Locale locale = Locale.forLanguageTag(output.language());
        for (Company c : companies) {
            out.println(output.text("list.company", c.name(), c.kvk() == null ? "-" : c.kvk(), c.id()));
            for (AssessmentInfo a : assessments) {
                if (a.companyId().equals(c.id())) {
                    Double level = overallLevel(store, a);
                    out.println(output.text("list.assessment", a.label() == null ? "-" : a.label(),
                            output.text("list.status." + a.status().name().toLowerCase(Locale.ROOT)),
                            a.updated().toString(), level == null ? "-" : String.format(locale, "%.1f", level),
                            a.id()));
                }
            }
        }
    }

    private static Double overallLevel(Store store, AssessmentInfo a) {
        StoredAssessment s = store.loadAssessment(a.id()).orElseThrow();
        return Scoring.score(s.questionnaire(), s.assessment()).overallLevel();
    }
}
