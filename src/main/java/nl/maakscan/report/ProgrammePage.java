package nl.maakscan.report;

import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;
import nl.maakscan.programme.SizeBand;

import java.time.LocalDate;
import java.util.List;

/** The XHTML of the one-page programme overview. */
final class ProgrammePage {

    /** The most rows a list on the page shows; the rest is summed up in one line. */
    static final int ROWS = 8;

    private static final String CSS = """
            @page { size: A4; margin: 14mm 14mm 14mm 14mm;
              @bottom-left { content: "Maakscan"; font-family: 'DejaVu Sans'; font-size: 7pt; color: #666666; } }
            * { font-family: 'DejaVu Sans'; }
            body { font-size: 8pt; line-height: 1.3; color: #222222; }
            h1 { font-size: 15pt; color: #1f4e79; margin: 0 0 2pt 0; }
            h2 { font-size: 9.5pt; color: #1f4e79; margin: 7pt 0 2pt 0; }
            p { margin: 0 0 3pt 0; }
            .small { font-size: 7pt; color: #555555; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 2pt; }
            th { text-align: left; background-color: #e8eef5; padding: 1.5pt 3pt; font-size: 7.5pt; vertical-align: bottom; }
            td { padding: 1.5pt 3pt; border-bottom: 0.5pt solid #d5dde6; vertical-align: top; }
            td.num, th.num { text-align: right; }
            table.key td { border: none; font-size: 9pt; padding: 1pt 3pt 1pt 0; }
            table.key th { background-color: transparent; font-weight: normal; color: #555555; width: 48mm; font-size: 8pt;
              vertical-align: top; }
            div.left { float: left; width: 48.5%; }
            div.right { float: right; width: 48.5%; }
            th.topic { width: 34%; font-weight: normal; background-color: transparent; padding: 1.5pt 3pt;
              border-bottom: 0.5pt solid #d5dde6; font-size: 8pt; vertical-align: top; }
            div.end { clear: both; }
            """;

    private final ProgrammeOverview o;
    private final Texts t;
    private final String lang;
    private final Html h = new Html();

    private ProgrammePage(ProgrammeOverview overview, Texts texts) {
        this.o = overview;
        this.t = texts;
        this.lang = texts.language();
    }

    static String html(ProgrammeOverview overview, Texts texts, LocalDate date) {
        return new ProgrammePage(overview, texts).write(date);
    }

    private String write(LocalDate date) {
        String title = t.t("programme.title");
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang, "xml:lang", lang);
        h.open("head").el("title", title);
        h.empty("meta", "name", "author", "content", "Maakscan");
        h.empty("meta", "name", "subject", "content", t.t("programme.subject"));
        h.el("style", CSS).close("head");
        h.open("body");
        h.el("h1", title);
        h.el("p", t.t("programme.selection", period(), o.selection().sector() == null ? t.t("programme.allSectors")
                : o.sectorName(o.selection().sector(), lang), t.date(date)), "class", "small");
        keyFigures();
        h.open("div", "class", "left");
        counts("programme.periods", "programme.period", o.periods(), Count::key, true);
        counts("programme.sectors", "programme.sector", o.sectors(), c -> c.key() == null ? t.t("programme.noSector")
                : o.sectorName(c.key(), lang), false);
        h.close("div");
        h.open("div", "class", "right");
        counts("programme.coaches", "programme.coach", o.coaches(), c -> c.key() == null ? t.t("programme.noCoach")
                : c.key(), false);
        technologies();
        h.close("div");
        h.empty("div", "class", "end");
        topics();
        h.el("p", t.t("programme.method", nl.maakscan.programme.Programme.TOP), "class", "small");
        h.close("body").close("html");
        return h.toString();
    }

    private String period() {
        String from = o.selection().from() == null ? null : t.date(o.selection().from());
        String to = o.selection().to() == null ? null : t.date(o.selection().to());
        if (from == null && to == null) {
            return t.t("programme.allTime");
        }
        return from == null ? t.t("programme.until", to) : to == null ? t.t("programme.since", from)
                : t.t("programme.fromTo", from, to);
    }

    private void keyFigures() {
        var n = o.totals();
        var b = o.budget();
        h.open("table", "class", "key").open("tbody");
        h.row(t.t("programme.companies"), String.valueOf(n.companies()));
        h.row(t.t("programme.assessments"), t.t("programme.assessmentsValue", n.assessments(), n.finished(),
                n.followUps()));
        h.row(t.t("programme.days"), t.t("programme.daysValue", b.adviserDays(), b.adviserCost(), b.budget(),
                b.share(), b.companies(), b.budgetPerCompany(), b.dayRate()));
        h.row(t.t("programme.over"), String.valueOf(b.overBudget()));
        if (n.samplesLeftOut() > 0) {
            h.row(t.t("programme.samples"), String.valueOf(n.samplesLeftOut()));
        }
        h.close("tbody").close("table");
    }

    private void counts(String heading, String column, List<Count> counts,
            java.util.function.Function<Count, String> name, boolean latest) {
        h.el("h2", t.t(heading));
        h.open("table").open("thead").open("tr").el("th", t.t(column), "scope", "col")
                .el("th", t.t("programme.companies"), "scope", "col", "class", "num")
                .el("th", t.t("programme.assessments"), "scope", "col", "class", "num").close("tr").close("thead");
        h.open("tbody");
        List<Count> shown = counts.size() <= ROWS ? counts
                : latest ? counts.subList(counts.size() - ROWS + 1, counts.size()) : counts.subList(0, ROWS - 1);
        int restAssessments = 0;
        for (Count c : counts) {
            if (!shown.contains(c)) {
                restAssessments += c.assessments();
            }
        }
        if (latest && shown.size() < counts.size()) {
            rest(counts.size() - shown.size(), restAssessments, "programme.earlier");
        }
        for (Count c : shown) {
            h.open("tr").el("td", name.apply(c)).el("td", String.valueOf(c.companies()), "class", "num")
                    .el("td", String.valueOf(c.assessments()), "class", "num").close("tr");
        }
        if (!latest && shown.size() < counts.size()) {
            rest(counts.size() - shown.size(), restAssessments, "programme.others");
        }
        if (counts.isEmpty()) {
            h.open("tr").el("td", t.t("programme.none"), "colspan", "3").close("tr");
        }
        h.close("tbody").close("table");
    }

    private void rest(int groups, int assessments, String key) {
        h.open("tr").el("td", t.t(key, groups)).el("td", "", "class", "num")
                .el("td", String.valueOf(assessments), "class", "num").close("tr");
    }

    private void technologies() {
        h.el("h2", t.t("programme.technologies", nl.maakscan.programme.Programme.TOP));
        h.open("table").open("thead").open("tr").el("th", "#", "scope", "col")
                .el("th", t.t("programme.technology"), "scope", "col")
                .el("th", t.t("programme.times"), "scope", "col", "class", "num").close("tr").close("thead");
        h.open("tbody");
        int rank = 0;
        for (var x : o.technologies().subList(0, Math.min(ROWS, o.technologies().size()))) {
            h.open("tr").el("td", String.valueOf(++rank)).el("td", o.technologyName(x.technologyId(), lang))
                    .el("td", t.t("programme.timesValue", x.times(), x.share()), "class", "num").close("tr");
        }
        if (rank == 0) {
            h.open("tr").el("td", t.t("programme.none"), "colspan", "3").close("tr");
        }
        h.close("tbody").close("table");
    }

    /** A change with its sign and one decimal; a change that rounds to nothing is 0.0 without a sign; "-" when unknown. */
    private String signed(Double change) {
        if (change == null) {
            return "-";
        }
        return Math.abs(change) < 0.05 ? t.num(0.0, 1) : String.format(t.locale(), "%+.1f", change);
    }

    /** Topics as rows: the average level of all companies and per size band, and the average change. */
    private void topics() {
        List<Levels> columns = o.levelsPerSizeBand();
        Levels all = o.allLevels();
        h.el("h2", t.t("programme.levels"));
        h.open("table").open("thead").open("tr").el("th", t.t("programme.topic"), "scope", "col");
        h.el("th", t.t("programme.allCompaniesN", all == null ? 0 : all.companies()), "scope", "col", "class", "num");
        for (Levels l : columns) {
            SizeBand band = l.band();
            h.el("th", band == null ? t.t("programme.bandUnknownN", l.companies())
                    : t.t("programme.bandN", band.id(), l.companies()), "scope", "col", "class", "num");
        }
        h.el("th", t.t("programme.change", o.progress().companies()), "scope", "col", "class", "num");
        h.close("tr").close("thead").open("tbody");
        for (String topic : o.topics()) {
            h.open("tr").el("th", o.topicName(topic, lang), "scope", "row", "class", "topic");
            h.el("td", t.num(all == null ? null : all.average(topic), 1), "class", "num");
            for (Levels l : columns) {
                h.el("td", t.num(l.average(topic), 1), "class", "num");
            }
            Double change = o.progress().averageChange().get(topic);
            h.el("td", signed(change), "class", "num");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
}
