package nl.maakscan.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;

import java.util.Map;

/** The programme overview as JSON ({@code maakscan-programme/1}): ids, counts and numbers, no names. */
final class ProgrammeJson {

    static final String FORMAT = "maakscan-programme/1";

    private ProgrammeJson() {
    }

    static ObjectNode of(ProgrammeOverview o) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("format", FORMAT);
        ObjectNode s = n.putObject("selection");
        s.put("from", o.selection().from() == null ? null : o.selection().from().toString());
        s.put("to", o.selection().to() == null ? null : o.selection().to().toString());
        s.put("sector", o.selection().sector());
        s.put("samples", o.selection().includeSamples());
        if (o.reference() == null) {
            n.putNull("questionnaire");
        } else {
            n.putObject("questionnaire").put("id", o.reference().id()).put("version", o.reference().version());
        }
        n.putObject("totals").put("companies", o.totals().companies()).put("assessments", o.totals().assessments())
                .put("finished", o.totals().finished()).put("followUps", o.totals().followUps())
                .put("sampleCompaniesLeftOut", o.totals().samplesLeftOut());
        counts(n.putArray("periods"), "period", o.periods());
        counts(n.putArray("coaches"), "coach", o.coaches());
        counts(n.putArray("sectors"), "sector", o.sectors());
        ProgrammeOverview.Budget b = o.budget();
        n.putObject("budget").put("companies", b.companies()).put("adviserDays", round(b.adviserDays(), 1))
                .put("adviserCost", round(b.adviserCost(), 2)).put("dayRate", b.dayRate())
                .put("budgetPerCompany", b.budgetPerCompany()).put("budget", b.budget())
                .put("share", round(b.share(), 4)).put("companiesOverBudget", b.overBudget());
        ArrayNode topics = n.putArray("topics");
        o.topics().forEach(topics::add);
        ArrayNode levels = n.putArray("levels");
        for (Levels l : o.levels()) {
            ObjectNode row = levels.addObject();
            row.put("sector", l.sector());
            row.put("sizeBand", band(l));
            row.put("companies", l.companies());
            averages(row.putObject("average"), o, l.average(), 2);
        }
        ArrayNode technologies = n.putArray("technologies");
        o.technologies().forEach(t -> technologies.addObject().put("technology", t.technologyId())
                .put("times", t.times()).put("share", round(t.share(), 4)));
        ObjectNode progress = n.putObject("progress");
        progress.put("companies", o.progress().companies());
        averages(progress.putObject("averageChange"), o, o.progress().averageChange(), 2);
        ObjectNode counted = progress.putObject("counted");
        o.topics().stream().filter(o.progress().counted()::containsKey)
                .forEach(t -> counted.put(t, o.progress().counted().get(t)));
        return n;
    }

    /** The size band of a row: its id, {@code unknown} for companies of unknown size, null for all sizes. */
    static String band(Levels l) {
        return l.band() != null ? l.band().id() : l.unknownBand() ? "unknown" : null;
    }

    private static void counts(ArrayNode array, String key, java.util.List<Count> counts) {
        counts.forEach(c -> array.addObject().put(key, c.key()).put("companies", c.companies())
                .put("assessments", c.assessments()));
    }

    private static void averages(ObjectNode target, ProgrammeOverview o, Map<String, Double> values, int decimals) {
        for (String topic : o.topics()) {
            if (values.containsKey(topic)) {
                target.put(topic, round(values.get(topic), decimals));
            }
        }
    }

    static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
