package nl.maakscan.app;

import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;

import java.util.Locale;

/**
 * The programme overview as one CSV table (RFC 4180, comma, full stop for decimals), one figure a row, for a
 * spreadsheet: {@code section,period,coach,sector,size_band,topic,technology,measure,value}. Only the columns
 * that belong to a section are filled. A coach's name that a spreadsheet would take for a formula (starting
 * with {@code = + - @}) gets a leading apostrophe.
 */
final class ProgrammeCsv {

    static final String HEADER = "section,period,coach,sector,size_band,topic,technology,measure,value";

    private final StringBuilder s = new StringBuilder(HEADER).append("\r\n");

    private ProgrammeCsv() {
    }

    static String of(ProgrammeOverview o) {
        ProgrammeCsv csv = new ProgrammeCsv();
        var t = o.totals();
        csv.row("totals", null, null, null, null, null, null, "companies", t.companies());
        csv.row("totals", null, null, null, null, null, null, "assessments", t.assessments());
        csv.row("totals", null, null, null, null, null, null, "finished", t.finished());
        csv.row("totals", null, null, null, null, null, null, "follow_ups", t.followUps());
        csv.row("totals", null, null, null, null, null, null, "sample_companies_left_out", t.samplesLeftOut());
        for (Count c : o.periods()) {
            csv.counts("period", c.key(), null, null, c);
        }
        for (Count c : o.coaches()) {
            csv.counts("coach", null, c.key() == null ? "" : c.key(), null, c);
        }
        for (Count c : o.sectors()) {
            csv.counts("sector", null, null, c.key() == null ? "" : c.key(), c);
        }
        var b = o.budget();
        csv.row("budget", null, null, null, null, null, null, "companies", b.companies());
        csv.row("budget", null, null, null, null, null, null, "adviser_days", ProgrammeJson.round(b.adviserDays(), 1));
        csv.row("budget", null, null, null, null, null, null, "adviser_cost", ProgrammeJson.round(b.adviserCost(), 2));
        csv.row("budget", null, null, null, null, null, null, "day_rate", b.dayRate());
        csv.row("budget", null, null, null, null, null, null, "budget_per_company", b.budgetPerCompany());
        csv.row("budget", null, null, null, null, null, null, "budget", b.budget());
        csv.row("budget", null, null, null, null, null, null, "companies_over_budget", b.overBudget());
        for (Levels l : o.levels()) {
            String band = ProgrammeJson.band(l);
            for (String topic : o.topics()) {
                Double avg = l.average(topic);
                if (avg != null) {
                    csv.row("level", null, null, l.sector() == null ? "" : l.sector(), band == null ? "" : band, topic,
                            null, "average_level", ProgrammeJson.round(avg, 2));
                }
            }
            csv.row("level", null, null, l.sector() == null ? "" : l.sector(), band == null ? "" : band, null, null,
                    "companies", l.companies());
        }
        o.technologies().forEach(x -> {
            csv.row("technology", null, null, null, null, null, x.technologyId(), "times", x.times());
            csv.row("technology", null, null, null, null, null, x.technologyId(), "share",
                    ProgrammeJson.round(x.share(), 4));
        });
        csv.row("progress", null, null, null, null, null, null, "companies", o.progress().companies());
        for (String topic : o.topics()) {
            Double change = o.progress().averageChange().get(topic);
            if (change != null) {
                csv.row("progress", null, null, null, null, topic, null, "average_change", ProgrammeJson.round(change, 2));
                csv.row("progress", null, null, null, null, topic, null, "companies", o.progress().counted().get(topic));
            }
        }
        return csv.s.toString();
    }

    private void counts(String section, String period, String coach, String sector, Count c) {
        row(section, period, coach, sector, null, null, null, "companies", c.companies());
        row(section, period, coach, sector, null, null, null, "assessments", c.assessments());
    }

    private void row(String section, String period, String coach, String sector, String band, String topic,
            String technology, String measure, Number value) {
        String[] cells = {section, period, coach, sector, band, topic, technology, measure, number(value)};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(cell(cells[i]));
        }
        s.append("\r\n");
    }

    private static String number(Number value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : String.format(Locale.ROOT, "%s", d);
        }
        return String.valueOf(value);
    }

    /** A cell: quoted when it holds a comma, quote or line break; guarded when a spreadsheet would calculate it. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
