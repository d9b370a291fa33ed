package nl.maakscan.ui.results;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.programme.PeerComparison;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/**
 * The peer benchmark on the results screen: per topic the company's level against the lower quartile, median
 * and upper quartile of the other companies of its sector and size band, and where it lies. Shown only when the
 * view model has a comparison (at least five other companies); it names no other company.
 */
final class PeerPane {

    private final PeerComparison peers;
    private final Questionnaire q;
    private final Texts t;

    PeerPane(PeerComparison peers, Questionnaire q, Texts t) {
        this.peers = peers;
        this.q = q;
        this.t = t;
    }

    Node build() {
        String lang = t.language();
        String sector = q.profile().sectors().stream().filter(c -> c.id().equals(peers.sector())).findFirst()
                .map(c -> c.name().get(lang)).orElse(peers.sector());
        VBox box = new VBox(8, Styles.heading(t.get("results.peers")));
        box.setId("results-peers");
        Label intro = new Label(t.format("results.peersIntro", peers.peers(), sector, peers.band().id()));
        intro.setWrapText(true);
        box.getChildren().add(intro);
        GridPane grid = Styles.grid(16, 4);
        grid.setId("results-peers-table");
        String[] heads = {"results.peersTopic", "results.peersOwn", "results.peersMiddle", "results.peersMedian",
            "results.peersWhere"};
        for (int c = 0; c < heads.length; c++) {
            grid.add(Styles.bold(t.get(heads[c])), c, 0);
        }
        int row = 1;
        for (PeerComparison.Topic topic : peers.topics()) {
            String name = q.dimension(topic.dimensionId()).map(d -> d.name().get(lang)).orElse(topic.dimensionId());
            grid.add(new Label(name), 0, row);
            grid.add(new Label(t.level(topic.level())), 1, row);
            if (topic.peers() == null) {
                grid.add(Styles.muted(t.get("results.peersTooFew")), 2, row, 3, 1);
            } else {
                grid.add(new Label(t.format("results.peersRange", t.level(topic.peers().lower()),
                        t.level(topic.peers().upper()))), 2, row);
                grid.add(new Label(t.level(topic.peers().median())), 3, row);
                grid.add(new Label(position(topic.position())), 4, row);
            }
            row++;
        }
        box.getChildren().addAll(grid, Styles.muted(t.get("results.peersNote")));
        return box;
    }

    private String position(PeerComparison.Position p) {
        if (p == null) {
            return "–";
        }
        return switch (p) {
            case LOW -> t.get("results.peersPosition.low");
            case MIDDLE -> t.get("results.peersPosition.middle");
            case HIGH -> t.get("results.peersPosition.high");
        };
    }
}
