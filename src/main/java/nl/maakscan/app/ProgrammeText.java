package nl.maakscan.app;

import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The programme overview as text in the user's language, section by section. */
final class ProgrammeText {

    /** How many technologies the text lists. */
    static final int TECHNOLOGIES = 10;

    private final Output output;
    private final ProgrammeOverview o;
    private final String lang;
    private final Locale locale;
    private final PrintWriter out;

    ProgrammeText(Output output, ProgrammeOverview overview) {
        this.output = output;
        this.o = overview;
        this.lang = output.language();
        this.locale = Locale.forLanguageTag(lang);
        this.out = output.out();
    }

    void print() {
        var t = o.totals();
        out.println(output.text("programme.title", t.companies(), t.assessments(), t.finished(), t.followUps()));
        var from = o.selection().from();
        var to = o.selection().to();
        if (from != null && to != null) {
            out.println(output.text("programme.dates", from.toString(), to.toString()));
        } else if (from != null) {
            out.println(output.text("programme.datesFrom", from.toString()));
        } else if (to != null) {
            out.println(output.text("programme.datesTo", to.toString()));
        }
        if (o.selection().sector() != null) {
            out.println(output.text("programme.onlySector", o.sectorName(o.selection().sector(), lang)));
        }
        if (t.samplesLeftOut() > 0) {
            out.println(output.text("programme.samplesLeftOut", t.samplesLeftOut()));
        }
        if (t.assessments() == 0) {
            out.println(output.text("programme.none"));
            return;
        }
        counts("programme.periods", o.periods(), Count::key);
        counts("programme.coaches", o.coaches(), c -> c.key() == null ? output.text("programme.noCoach") : c.key());
        counts("programme.sectors", o.sectors(), c -> c.key() == null ? output.text("programme.noSector")
                : o.sectorName(c.key(), lang));
        var b = o.budget();
        out.println();
        out.println(output.text("programme.budget", b.adviserDays(), b.adviserCost(), b.budget(), b.share(),
                b.companies(), b.budgetPerCompany(), b.dayRate(), b.overBudget()));
        out.println();
        out.println(output.text("programme.levels"));
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < o.topics().size(); i++) {
            legend.add((i + 1) + " " + o.topicName(o.topics().get(i), lang));
        }
        out.println("  " + String.join(", ", legend));
        for (Levels l : o.levels()) {
            out.println("  " + group(l) + " (" + l.companies() + "): " + values(l.average()::get));
        }
        out.println();
        out.println(output.text("programme.technologies", nl.maakscan.programme.Programme.TOP));
        int rank = 0;
        for (var x : o.technologies()) {
            if (++rank > TECHNOLOGIES) {
                break;
            }
            out.println(output.text("programme.technology", rank, o.technologyName(x.technologyId(), lang), x.times(),
                    x.share()));
        }
        out.println();
        out.println(output.text("programme.progress", o.progress().companies()));
        if (o.progress().companies() > 0) {
            out.println("  " + changes());
        }
    }

    private void counts(String heading, List<Count> counts, java.util.function.Function<Count, String> name) {
        out.println();
        out.println(output.text(heading));
        for (Count c : counts) {
            out.println(output.text("programme.count", name.apply(c), c.companies(), c.assessments()));
        }
    }

    private String group(Levels l) {
        String band = l.band() != null ? output.text("programme.band", l.band().id())
                : l.unknownBand() ? output.text("programme.bandUnknown") : null;
        if (l.sector() == null && band == null) {
            return output.text("programme.allCompanies");
        }
        if (l.sector() == null) {
            return band;
        }
        return o.sectorName(l.sector(), lang) + ", " + band;
    }

    /** The values per topic in the legend's order, one decimal, "-" when unknown. */
    private String values(java.util.function.Function<String, Double> value) {
        List<String> parts = new ArrayList<>();
        for (String topic : o.topics()) {
            Double v = value.apply(topic);
            parts.add(v == null ? "-" : String.format(locale, "%.1f", v));
        }
        return String.join("  ", parts);
    }

    /** The average change per topic, with its sign; a change that rounds to nothing is 0.0. */
    private String changes() {
        List<String> parts = new ArrayList<>();
        for (String topic : o.topics()) {
            Double v = o.progress().averageChange().get(topic);
            String shown = v == null ? "-" : Math.abs(v) < 0.05 ? String.format(locale, "%.1f", 0.0)
                    : String.format(locale, "%+.1f", v);
            parts.add(o.topicName(topic, lang) + " " + shown);
        }
        return String.join(" \u00b7 ", parts);
    }
}
