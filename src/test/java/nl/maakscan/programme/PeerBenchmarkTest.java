package nl.maakscan.programme;

import nl.maakscan.model.Company;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The peer benchmark: quartiles of the other companies of the sector and size band, and when nothing is shown. */
class PeerBenchmarkTest {

    private final Book book = new Book();

    private String subject() {
        Company own = book.company("Eigen BV", "metal", 12);
        return book.scan(own, "2026-03-01", "Anna", false, 1, 2);
    }

    private void peers(int count) {
        for (int i = 1; i <= count; i++) {
            Company c = book.company("Peer " + i, "metal", 10 + i);
            book.scan(c, "2026-02-0" + i, "Bert", true, Math.min(i, 5), i % 2 == 0 ? null : 3);
        }
    }

    @Test
    void fiveOtherCompaniesGiveQuartilesPerTopic() {
        String id = subject();
        peers(5);  // alpha 1..5; beta 3 for peers 1, 3, 5 and not applicable for 2, 4

        PeerComparison p = PeerBenchmark.of(book, id).orElseThrow();

        assertThat(p.peers()).isEqualTo(5);
        assertThat(p.sector()).isEqualTo("metal");
        assertThat(p.band()).isEqualTo(SizeBand.FROM_10);
        PeerComparison.Topic alpha = p.topics().get(0);
        assertThat(alpha.dimensionId()).isEqualTo("alpha");
        assertThat(alpha.level()).isEqualTo(1.0);
        assertThat(alpha.peers()).isEqualTo(new Quartiles(5, 2.0, 3.0, 4.0));
        assertThat(alpha.position()).isEqualTo(PeerComparison.Position.LOW);
        PeerComparison.Topic beta = p.topics().get(1);
        assertThat(beta.level()).isEqualTo(2.0);
        assertThat(beta.peers()).as("only three peers have a level for beta").isNull();
        assertThat(beta.position()).isNull();
    }

    @Test
    void fourOtherCompaniesShowNothing() {
        String id = subject();
        peers(4);

        assertThat(PeerBenchmark.of(book, id)).isEmpty();
    }

    @Test
    void sampleCompaniesNeverCountAsPeers() {
        String id = subject();
        peers(4);
        Company sample = book.company("VOORBEELD Peer (sample)", "metal", 14);
        book.scan(sample, "2026-02-09", "Bert", true, 3, 3);

        assertThat(PeerBenchmark.of(book, id)).isEmpty();
    }

    @Test
    void otherSectorsAndSizeBandsAndDraftsOnlyDoNotCount() {
        String id = subject();
        peers(4);
        book.scan(book.company("Andere sector", "plastics", 12), "2026-02-09", "Bert", true, 3, 3);
        book.scan(book.company("Groter", "metal", 25), "2026-02-09", "Bert", true, 3, 3);
        book.scan(book.company("Alleen concept", "metal", 12), "2026-02-09", "Bert", false, 3, 3);

        assertThat(PeerBenchmark.of(book, id)).isEmpty();
    }

    @Test
    void aPeerCountsOnceWithItsLatestFinishedAssessment() {
        String id = subject();
        peers(4);
        Company twice = book.company("Twee keer", "metal", 12);
        book.scan(twice, "2025-01-01", "Bert", true, 0, 0);
        book.scan(twice, "2026-01-01", "Bert", true, 5, 5);
        book.scan(twice, "2026-06-01", "Bert", false, 0, 0);  // a later draft does not count

        Optional<PeerComparison> p = PeerBenchmark.of(book, id);

        assertThat(p).isPresent();
        assertThat(p.get().peers()).isEqualTo(5);
        assertThat(p.get().topics().get(0).peers()).isEqualTo(new Quartiles(5, 2.0, 3.0, 4.0));  // 1, 2, 3, 4, 5
    }

    @Test
    void aCompanyWithoutSizeOrSectorGetsNoComparison() {
        Company own = book.company("Onbekend BV", "metal", null);
        String id = book.scan(own, "2026-03-01", "Anna", false, 1, 2);
        peers(6);

        assertThat(PeerBenchmark.of(book, id)).isEmpty();
    }

    @Test
    void theComparisonNamesNoPeer() {
        String id = subject();
        peers(5);

        String text = PeerBenchmark.of(book, id).orElseThrow().toString();

        assertThat(text).doesNotContain("Peer ").doesNotContain("id-Peer");
    }
}
