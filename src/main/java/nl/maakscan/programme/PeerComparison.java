package nl.maakscan.programme;

import java.util.List;

/**
 * An assessment against the other companies of its sector and size band: how many there are ({@code peers},
 * at least {@value PeerBenchmark#MIN_PEERS}) and per topic its own level and the peers' quartiles (null when
 * fewer than {@value PeerBenchmark#MIN_PEERS} peers have a level for the topic).
 */
public record PeerComparison(String sector, SizeBand band, int peers, List<Topic> topics) {

    public PeerComparison {
        topics = List.copyOf(topics);
    }

    /** One topic: the assessment's level (null when unknown) and the peers' quartiles (null when too few). */
    public record Topic(String dimensionId, Double level, Quartiles peers) {

        /** Where the level lies: below the lower quartile, above the upper one, or in between; null when either is unknown. */
        public Position position() {
            if (level == null || peers == null) {
                return null;
            }
            return level < peers.lower() ? Position.LOW : level > peers.upper() ? Position.HIGH : Position.MIDDLE;
        }
    }

    /** Where a level lies among the peers: in the lowest quarter, the middle half or the highest quarter. */
    public enum Position {
        LOW, MIDDLE, HIGH
    }
}
