package nl.maakscan.report;

import nl.maakscan.model.Choice;
import nl.maakscan.model.Company;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The cover page and the table of contents with links and page numbers. */
final class Cover {

    private final ReportContext c;

    Cover(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        Company company = c.in.company();
        var a = c.in.assessment();
        var assessor = c.in.assessor();
        h.open("div", "class", "cover");
        Path logo = assessor.logo();
        if (logo != null && Files.isReadable(logo)) {
            h.empty("img", "class", "logo", "src", logo.toUri().toString(), "alt",
                    c.t("cover.logo", nonEmpty(assessor.organisation(), assessor.name())));
        }
        h.el("p", c.t("cover.kind"), "class", "kind");
        h.el("h1", name(company), "class", "title", "id", "cover");
        h.open("table", "class", "facts");
        row(h, c.t("cover.kvk"), company.kvk());
        row(h, c.t("cover.sector"), choice(c.q.profile().sectors(), company.sector()));
        row(h, c.t("cover.processes"), String.join(", ", company.processes().stream()
                .map(p -> choice(c.q.profile().processes(), p)).toList()));
        row(h, c.t("cover.employees"), company.employees() == null ? null : company.employees().toString());
        row(h, c.t("cover.place"), company.place());
        row(h, c.t("cover.contact"), company.contact());
        row(h, c.t("cover.assessor"), join(nonEmpty(assessor.name(), a.assessor()), assessor.organisation()));
        row(h, c.t("cover.assessment"), a.label());
        row(h, c.t("cover.assessmentDate"), a.date() == null ? null : c.texts.date(a.date()));
        row(h, c.t("cover.method"), new AdviserConclusions(c).method());
        row(h, c.t("cover.status"), c.t(c.in.draft() ? "cover.draft" : "cover.final"));
        row(h, c.t("cover.questionnaire"), c.t("cover.questionnaireVersion", c.q.title().get(c.lang), c.q.version()));
        row(h, c.t("cover.reportDate"), c.texts.date(c.in.date()));
        h.close("table");
        if (c.in.draft()) {
            h.el("p", c.t("cover.draftNote"), "class", "draft-note");
        } else {
            new Signatures(c).write(h);
        }
        h.el("p", c.t("cover.confidential"), "class", "small");
        h.close("div");
        toc(h);
    }

    private void toc(Html h) {
        h.el("h1", c.t("toc.title"), "id", "toc");
        h.open("div", "class", "toc");
        for (Section s : sections()) {
            entry(h, s.anchor(), s.title(), "toc1");
            for (Section sub : s.children()) {
                entry(h, sub.anchor(), sub.title(), "toc2");
            }
        }
        h.close("div");
    }

    private static void entry(Html h, String anchor, String title, String cls) {
        h.open("p", "class", cls).el("a", title, "href", "#" + anchor, "title", title).close("p");
    }

    /** The main sections in order, with the dimensions and technologies under theirs; the bookmarks follow it. */
    List<Section> sections() {
        List<Section> dimensions = c.q.maturityDimensions().stream()
                .map(d -> new Section(ReportContext.dimensionAnchor(d.id()), d.name().get(c.lang), List.of())).toList();
        List<Section> technologies = c.shownRecommendations().stream()
                .map(r -> new Section(ReportContext.technologyAnchor(r.technology().id()),
                        r.rank() + ". " + r.technology().name().get(c.lang), List.of())).toList();
        List<Section> list = new ArrayList<>();
        list.add(new Section("summary", c.t("summary.title"), List.of()));
        list.add(new Section("context", c.t("context.title"), List.of()));
        list.add(new Section("dimensions", c.t("dimensions.title"), dimensions));
        list.add(new Section("technologies", c.t("technologies.title"), technologies));
        list.add(new Section("plan", c.t("plan.title"), List.of()));
        if (c.in.previous() != null) {
            list.add(new Section("progress", c.t("progress.title"), List.of()));
        }
        if (c.in.peers() != null) {
            list.add(new Section("peers", c.t("peers.title"), List.of()));
        }
        list.add(new Section("financing", c.t("financing.title"), List.of()));
        list.add(new Section("method", c.t("method.title"), List.of()));
        list.add(new Section("answers", c.t("answers.title"), List.of()));
        return list;
    }

    /** A section of the report: where it starts, its title and its subsections. */
    record Section(String anchor, String title, List<Section> children) {
    }

    static String name(Company company) {
        return company.name() == null || company.name().isBlank() ? "-" : company.name();
    }

    private static void row(Html h, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        h.row(label, value);
    }

    /** The name of a profile choice (sector, process) in the report's language; an unknown id as it is. */
    private String choice(List<Choice> choices, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return choices.stream().filter(x -> x.id().equals(id)).findFirst().map(x -> x.name().get(c.lang)).orElse(id);
    }

    static String nonEmpty(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }
}
