package nl.maakscan.report;

import nl.maakscan.programme.PeerComparison;

/**
 * The assessment against the other companies of its sector and size band: per topic the company's level, the
 * middle half of the others (lower to upper quartile), their median and where the company lies. Nothing when
 * the input has no comparison (fewer than five other companies); no other company is ever named.
 */
final class PeerSection {

    private final ReportContext c;

    PeerSection(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        PeerComparison p = c.in.peers();
        if (p == null) {
            return;
        }
        String sector = c.q.profile().sectors().stream().filter(s -> s.id().equals(p.sector())).findFirst()
                .map(s -> s.name().get(c.lang)).orElse(p.sector());
        h.el("h1", c.t("peers.title"), "id", "peers");
        h.el("p", c.t("peers.intro", p.peers(), sector, p.band().id()));
        h.open("table", "class", "grid");
        h.open("thead").open("tr").el("th", c.t("summary.dimension"), "scope", "col")
                .el("th", c.t("peers.own"), "scope", "col", "class", "num")
                .el("th", c.t("peers.middle"), "scope", "col", "class", "num")
                .el("th", c.t("peers.median"), "scope", "col", "class", "num")
                .el("th", c.t("peers.where"), "scope", "col").close("tr").close("thead").open("tbody");
        for (PeerComparison.Topic t : p.topics()) {
            String name = c.q.dimension(t.dimensionId()).map(d -> d.name().get(c.lang)).orElse(t.dimensionId());
            h.open("tr").el("td", name).el("td", c.level(t.level()), "class", "num");
            if (t.peers() == null) {
                h.el("td", c.t("peers.tooFew"), "colspan", "3", "class", "small");
            } else {
                h.el("td", c.t("peers.range", c.level(t.peers().lower()), c.level(t.peers().upper())), "class", "num")
                        .el("td", c.level(t.peers().median()), "class", "num")
                        .el("td", position(t.position()));
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
        h.el("p", c.t("peers.note"), "class", "small");
    }

    private String position(PeerComparison.Position p) {
        if (p == null) {
            return "-";
        }
        return switch (p) {
            case LOW -> c.t("peers.position.low");
            case MIDDLE -> c.t("peers.position.middle");
            case HIGH -> c.t("peers.position.high");
        };
    }
}
