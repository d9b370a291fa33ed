package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Source;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;
import nl.maakscan.report.Html.Th;

import java.util.List;
import java.util.stream.Stream;

/** Appendices: the dated financing list, the method with its formulas, and every answer. */
final class Appendices {

    private final ReportContext c;

    Appendices(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        financing(h);
        method(h);
        answers(h);
    }

    private void financing(Html h) {
        var f = c.q.financing();
        h.el("h1", c.t("financing.title"), "id", "financing");
        h.open("p", "class", "caveat").el("b", c.t("financing.date", c.texts.date(f.validFrom())) + " ");
        if (f.caveat() != null) {
            h.text(f.caveat().get(c.lang) + " ");
        }
        h.text(c.t("financing.yearly") + " ")
                .el("a", c.t("financing.rvo"), "href", c.t("financing.rvoUrl"), "title", c.t("financing.rvoUrl"))
                .close("p");
        String age = c.financingAge();
        if (age != null) {
            h.el("p", age, "class", "warning");
        }
        h.table("grid", List.of(Th.of(c.t("financing.instrument"), "w-name"), Th.of(c.t("financing.conditions")),
                Th.of(c.t("financing.supports"), "w-supports")));
        for (FinancingInstrument i : f.instruments()) {
            h.open("tr").el("td", i.name().get(c.lang), "class", "name")
                    .open("td").text(i.conditions() == null ? "" : i.conditions().get(c.lang));
            if (i.source() != null) {
                source(h, i.source());
            }
            h.close("td").el("td", String.join(", ", i.paysFor().stream()
                    .map(s -> SupportType.fromId(s).map(t -> c.t("support." + t.id())).orElse(s)).toList()))
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    /** "Source: page title, address, consulted 2 December 2026." on a line of its own under the conditions. */
    private void source(Html h, Source s) {
        h.empty("br").open("span", "class", "small source").text(c.t("financing.source", s.title()));
        if (s.url() != null && s.url().matches("https?://\\S+")) {
            h.text(", ").el("a", s.url(), "href", s.url(), "title", s.title());
        } else if (s.url() != null) {
            h.text(", " + s.url());
        }
        h.text(s.checked() == null ? "." : c.t("financing.checked", c.texts.date(s.checked()))).close("span");
    }

    private void method(Html h) {
        var s = c.in.advice().scores();
        h.el("h1", c.t("method.title"), "id", "method");
        h.el("p", c.t("method.questionnaire", c.q.title().get(c.lang), c.q.id(), c.q.version()));
        h.open("p").text(c.t("method.hash") + " ").el("span", c.q.contentHash(), "class", "mono").close("p");
        h.open("table", "class", "kv");
        for (String key : List.of("method.level", "method.overall", "method.confidence", "method.target",
                "method.notApplicable", "method.dontKnow", "method.ranking", "method.plan")) {
            String text = c.t(key);
            int colon = text.indexOf(": ");
            h.row(colon < 0 ? "" : text.substring(0, colon), colon < 0 ? text : text.substring(colon + 2));
        }
        h.close("table");
        h.el("p", c.t("method.counts", s.questions(), s.withLevel(), s.notApplicable(), s.dontKnow(),
                s.unanswered()));
        ranking(h);
    }

    /** The figures behind the order of the recommended technologies, for whoever checks the method. */
    private void ranking(Html h) {
        var shown = c.shownRecommendations();
        if (shown.isEmpty()) {
            return;
        }
        h.open("div", "class", "keep");
        h.el("h2", c.t("method.rankingTitle"));
        h.table("grid ranking", Stream.of("method.rank", "answers.technology", "method.score", "method.impact",
                "method.gap", "method.bottleneck", "method.readiness", "method.fit", "method.effort", "method.foundation")
                .map(key -> Th.of(c.t(key), key.equals("answers.technology") ? "c-name"
                        : key.equals("method.rank") ? "c-rank" : "c-figure")).toList());
        for (var r : shown) {
            h.open("tr").el("td", Integer.toString(r.rank()), "class", "num")
                    .el("td", r.technology().name().get(c.lang))
                    .el("td", c.texts.num(r.score(), 2), "class", "num")
                    .el("td", c.texts.num(r.impact(), 1), "class", "num")
                    .el("td", c.texts.num(r.gap(), 1), "class", "num")
                    .el("td", c.texts.num(r.bottleneck(), 1), "class", "num")
                    .el("td", c.texts.num(r.readiness(), 2), "class", "num")
                    .el("td", c.texts.num(r.sizeFit() * r.profileFit() * r.interest(), 2), "class", "num")
                    .el("td", c.texts.num(r.effort(), 1), "class", "num")
                    .el("td", c.texts.num(r.foundation(), 1), "class", "num").close("tr");
        }
        h.close("tbody").close("table").close("div");
    }

    private void answers(Html h) {
        var a = c.in.assessment();
        h.el("h1", c.t("answers.title"), "id", "answers");
        h.el("h2", c.t("answers.priorities"));
        h.open("table", "class", "grid").open("tbody");
        for (Priority p : c.q.priorities()) {
            Integer w = a.priorities().get(p.id());
            h.open("tr").el("td", p.name().get(c.lang))
                    .el("td", w == null ? c.t("answers.priorityDefault") : w + "/5", "class", "num").close("tr");
        }
        h.close("tbody").close("table");
        h.el("h2", c.t("answers.levels"));
        h.table("grid answers", List.of(Th.of(c.t("answers.question")), Th.of(c.t("answers.answer")),
                Th.of(c.t("summary.target"))));
        for (Dimension d : c.q.dimensions()) {
            DimensionScore ds = d.isScored() ? c.score(d.id()) : null;
            h.open("tr", "class", "group").el("td", d.name().get(c.lang))
                    .el("td", ds == null ? "" : c.level(ds.level()), "class", "num")
                    .el("td", ds == null ? "" : ds.target() + (ds.targetSetByUser() ? " *" : ""), "class", "num")
                    .close("tr");
            for (Question q : d.questions()) {
                h.open("tr").el("td", q.text().get(c.lang)).el("td", shortAnswer(a.answers().get(q.id())),
                        "class", "num").el("td", "").close("tr");
            }
        }
        h.close("tbody").close("table");
        h.el("p", c.t("answers.targetNote"), "class", "small");
        h.el("h2", c.t("answers.technologies"));
        h.table("grid", List.of(Th.of(c.t("answers.technology")), Th.of(c.t("answers.adoption"))));
        for (Technology t : c.q.technologies()) {
            h.open("tr").el("td", t.name().get(c.lang)).el("td", adoption(a.technologies().get(t.id()))).close("tr");
        }
        h.close("tbody").close("table");
        List<Technology> noted = c.q.technologies().stream().filter(t -> {
            AdoptionAnswer ad = a.technologies().get(t.id());
            return ad != null && ad.note() != null && !ad.note().isBlank();
        }).toList();
        if (!noted.isEmpty()) {
            h.el("h3", c.t("answers.technologyNotes"));
            for (Technology t : noted) {
                h.open("p", "class", "note").el("b", t.name().get(c.lang) + ": ")
                        .text(a.technologies().get(t.id()).note()).close("p");
            }
        }
    }

    private String shortAnswer(LevelAnswer a) {
        if (a == null) {
            return "-";
        }
        return switch (a.kind()) {
            case LEVEL -> Integer.toString(a.level());
            case NOT_APPLICABLE -> c.t("answers.na");
            case DONT_KNOW -> c.t("answers.dk");
        };
    }

    private String adoption(AdoptionAnswer a) {
        if (a == null) {
            return "-";
        }
        if (a.notRelevant()) {
            return c.t("answers.notRelevant");
        }
        var text = c.q.adoptionScale().get(Integer.toString(a.level()));
        return a.level() + (text == null ? "" : " - " + text.get(c.lang));
    }
}
