package nl.maakscan.report;

import nl.maakscan.advice.Scores;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Company;

import java.util.ArrayList;
import java.util.List;

/**
 * About this assessment: the company in its context, how the assessment was made, and what a
 * self-assessment can and cannot say, so that the reader weighs the results as what they are.
 */
final class ContextSection {

    /** Below this share of answered questions the report says that the results are less firm. */
    static final double FIRM = 0.8;

    /** How many statements each list of what the scan can and cannot say holds in the bundles. */
    private static final int CAN = 3;
    private static final int CANNOT = 5;

    private final ReportContext c;

    ContextSection(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        h.el("h1", c.t("context.title"), "id", "context", "class", "flow");
        h.el("h2", c.t("context.company"));
        h.el("p", company());
        h.el("p", c.t("context.companyAdviser"), "class", "small");
        h.el("h2", c.t("context.how"));
        Scores s = c.in.advice().scores();
        h.el("p", c.t("context.howText", c.q.title().get(c.lang), s.questions(), c.q.dimensions().size(),
                c.q.technologies().size()));
        if (s.confidence() != null && s.confidence() < FIRM) {
            h.el("p", c.t("context.incomplete", c.texts.num(s.confidence() * 100, 0)), "class", "warning");
        }
        h.open("div", "class", "keep");
        h.el("h2", c.t("context.can"));
        list(h, "context.can.", CAN);
        h.close("div");
        h.open("div", "class", "keep");
        h.el("h2", c.t("context.cannot"));
        list(h, "context.cannot.", CANNOT);
        h.close("div");
    }

    private void list(Html h, String prefix, int count) {
        h.open("ul");
        for (int i = 1; i <= count; i++) {
            h.el("li", c.t(prefix + i, c.texts.date(c.q.financing() == null ? null : c.q.financing().validFrom())));
        }
        h.close("ul");
    }

    /** The company in one or two sentences from what is known of it; parts that are not known are left out. */
    private String company() {
        Company co = c.in.company();
        List<String> parts = new ArrayList<>();
        String sector = name(c.q.profile().sectors(), co.sector());
        if (sector != null) {
            parts.add(c.t("context.sector", sector));
        }
        if (co.employees() != null) {
            parts.add(c.t("context.employees", co.employees()));
        }
        if (co.place() != null && !co.place().isBlank()) {
            parts.add(c.t("context.place", co.place()));
        }
        String text = parts.isEmpty() ? c.t("context.unknown", Cover.name(co))
                : c.t("context.is", Cover.name(co), String.join(", ", parts));
        List<String> processes = co.processes().stream().map(p -> name(c.q.profile().processes(), p)).toList();
        if (!processes.isEmpty()) {
            text += " " + c.t("context.processes", String.join(", ", processes));
        }
        return text;
    }

    private String name(List<Choice> choices, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return choices.stream().filter(x -> x.id().equals(id)).findFirst().map(x -> x.name().get(c.lang)).orElse(id);
    }
}
