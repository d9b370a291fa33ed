package nl.maakscan.report;

import nl.maakscan.advice.Funding;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recommended technologies, ranked: why (answers and priorities), what is needed first, investment and
 * payback bands, the first step, the kinds of support with adviser days, and financing pointers.
 */
final class TechnologySection {

    private final ReportContext c;

    TechnologySection(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        h.el("h1", c.t("technologies.title"), "id", "technologies");
        List<Recommendation> shown = c.shownRecommendations();
        if (shown.isEmpty()) {
            h.el("p", c.t("technologies.none"));
            return;
        }
        h.el("p", c.t("technologies.intro", shown.size(), c.in.advice().recommendations().size()));
        for (Recommendation r : shown) {
            technology(h, r);
        }
    }

    private void technology(Html h, Recommendation r) {
        Technology t = r.technology();
        h.open("div", "class", "technology");
        h.el("h2", r.rank() + ". " + t.name().get(c.lang), "id", ReportContext.technologyAnchor(t.id()));
        h.el("p", t.description() == null ? "" : t.description().get(c.lang));
        h.open("table", "class", "kv");
        list(h, c.t("technology.why"), java.util.stream.Stream.concat(c.reasons.unlocks(r).stream(),
                c.reasons.needs(r).stream()).toList(), c.t("technology.noNeed"));
        if (!r.bottlenecks().isEmpty()) {
            list(h, c.t("technology.bottlenecks"), c.reasons.bottlenecks(r), "-");
        }
        list(h, c.t("technology.priorities"), c.reasons.priorities(r, 3), "-");
        list(h, c.t("technology.first"), c.reasons.missing(r.missing()), c.t("technology.ready"));
        h.row(c.t("technology.investment"), band(c.q.investmentBand(t.investment())));
        h.row(c.t("technology.payback"), band(c.q.paybackBand(t.payback())));
        if (t.implementationMonths() != null) {
            h.row(c.t("technology.months"), c.t("months", t.implementationMonths()));
        }
        h.row(c.t("technology.firstStep"), t.firstStep() == null ? "-" : t.firstStep().get(c.lang));
        if (t.result() != null) {
            h.row(c.t("technology.result"), t.result().get(c.lang));
        }
        h.row(c.t("technology.support"), support(t.adviserDays()));
        list(h, c.t("technology.financing"), t.adviserDays().entrySet().stream()
                .flatMap(e -> Funding.forStep(c.q, t, SupportType.fromId(e.getKey()).orElseThrow(), c.in.company(),
                        e.getValue()).stream())
                .map(c.reasons::funding).distinct().toList(), "-");
        if (r.sizeWarning()) {
            h.row(c.t("technology.size"), c.t("technology.sizeWarning"));
        }
        if (r.profileWarning()) {
            h.row(c.t("technology.profile"), String.join("; ", c.reasons.misfits(r)));
        }
        h.close("table");
        h.close("div");
    }

    private String band(java.util.Optional<nl.maakscan.model.Band> band) {
        return band.map(b -> b.name().get(c.lang)).orElse("-");
    }

    private String support(Map<String, Double> days) {
        List<String> parts = new ArrayList<>();
        for (SupportType type : SupportType.values()) {
            Double d = days.get(type.id());
            if (d != null) {
                parts.add(c.t("support." + type.id()) + " (" + c.days(d) + ")");
            }
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static void list(Html h, String label, List<String> items, String whenEmpty) {
        h.open("tr").el("th", label, "scope", "row").open("td");
        if (items.isEmpty()) {
            h.text(whenEmpty);
        } else if (items.size() == 1) {
            h.text(items.get(0));
        } else {
            h.open("ul");
            items.forEach(i -> h.el("li", i));
            h.close("ul");
        }
        h.close("td").close("tr");
    }
}
