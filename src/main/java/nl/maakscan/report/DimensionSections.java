package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;

import java.util.List;

/**
 * One section per dimension: score, level, target and gap, with the adviser's conclusion on the topic right under
 * them; every question with the answer, the description of the current and the next level and the note; and what it
 * takes to reach the target.
 */
final class DimensionSections {

    /** Notes longer than this may split over pages together with their question. */
    private static final int LONG_NOTE = 600;

    private final ReportContext c;

    DimensionSections(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        h.el("h1", c.t("dimensions.title"), "id", "dimensions");
        h.el("p", c.t("dimensions.intro"));
        for (Dimension d : c.q.maturityDimensions()) {
            dimension(h, d);
        }
    }

    private void dimension(Html h, Dimension d) {
        DimensionScore s = c.score(d.id());
        // the heading, the figures and the first question stay together, so that no heading ends a page
        h.open("div", "class", "dimension").open("div", "class", "keep").open("div", "class", "head");
        h.el("h2", d.name().get(c.lang), "id", ReportContext.dimensionAnchor(d.id()));
        h.el("p", d.explanation() == null ? "" : d.explanation().get(c.lang), "class", "explanation");
        h.open("table", "class", "figures").open("tr");
        figure(h, c.t("dimension.level"), c.level(s.level()));
        figure(h, c.t("dimension.score"), c.score(s.score()) + "/100");
        figure(h, c.t("dimension.target"), Integer.toString(s.target()));
        figure(h, c.t("dimension.gap"), c.level(s.gap()));
        figure(h, c.t("dimension.confidence"),
                s.confidence() == null ? "-" : c.texts.num(s.confidence() * 100, 0) + "%");
        h.close("tr").close("table").close("div");
        if (s.notApplicable() + s.dontKnow() + s.unanswered() > 0) {
            h.el("p", c.t("dimension.counts", s.withLevel(), s.notApplicable(), s.dontKnow(), s.unanswered()),
                    "class", "small");
        }
        // the adviser's conclusion reads as the finding under the figures, on the page of its heading
        new AdviserConclusions(c).dimension(h, d.id());
        boolean first = true;
        for (Question question : d.questions()) {
            question(h, question, c.in.assessment().answers().get(question.id()));
            if (first) {
                h.close("div");
                first = false;
            }
        }
        if (first) {
            h.close("div");
        }
        toTarget(h, d, s);
        h.close("div");
    }

    private static void figure(Html h, String label, String value) {
        h.open("td").el("span", label, "class", "label").empty("br").el("span", value, "class", "value").close("td");
    }

    private void question(Html h, Question question, LevelAnswer a) {
        boolean longNote = a != null && a.note() != null && a.note().length() > LONG_NOTE;
        h.open("div", "class", longNote ? "question long" : "question");
        h.el("h3", question.text().get(c.lang), "class", "q");
        h.open("p").el("b", c.t("dimension.answer") + " ").text(c.answer(question, a)).close("p");
        if (a != null && a.hasLevel() && a.level() < Question.MAX_LEVEL) {
            h.open("p", "class", "next").el("b", c.t("dimension.nextLevel", a.level() + 1) + " ")
                    .text(c.levelText(question, a.level() + 1)).close("p");
        }
        if (a != null && a.note() != null && !a.note().isBlank()) {
            h.open("p", "class", "note").el("b", c.t("dimension.note") + " ").text(a.note()).close("p");
        }
        h.close("div");
    }

    /** What it takes to reach the target: kept on one page with its heading when it fits. */
    private void toTarget(Html h, Dimension d, DimensionScore s) {
        h.open("div", "class", "keep");
        h.el("h3", c.t("dimension.toTarget", s.target()));
        List<Question> below = d.questions().stream().filter(q -> {
            LevelAnswer a = c.in.assessment().answers().get(q.id());
            return a != null && a.hasLevel() && a.level() < s.target();
        }).toList();
        if (below.isEmpty()) {
            h.el("p", c.t("dimension.atTarget"));
        } else {
            h.el("p", c.t("dimension.raiseIntro"));
            h.open("ul");
            for (Question q : below) {
                h.el("li", q.text().get(c.lang) + " \u2013 " + c.t("dimension.raise",
                        c.in.assessment().answers().get(q.id()).level(), s.target()));
            }
            h.close("ul");
        }
        List<Recommendation> techs = c.shownRecommendations().stream()
                .filter(r -> r.technology().dimensions().contains(d.id())).toList();
        if (!techs.isEmpty()) {
            h.open("p").text(c.t("dimension.technologies") + " ");
            for (int i = 0; i < techs.size(); i++) {
                Recommendation r = techs.get(i);
                String name = r.technology().name().get(c.lang);
                h.el("a", name + " (" + r.rank() + ")",
                        "href", "#" + ReportContext.technologyAnchor(r.technology().id()),
                        "title", name);
                h.text(i + 1 < techs.size() ? ", " : ".");
            }
            h.close("p");
        }
        h.close("div");
    }
}
