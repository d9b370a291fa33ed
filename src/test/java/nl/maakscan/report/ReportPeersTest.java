package nl.maakscan.report;

import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.programme.PeerBenchmark;
import nl.maakscan.programme.PeerComparison;
import nl.maakscan.programme.SizeBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's comparison with similar companies: there when the input has one, absent otherwise. */
class ReportPeersTest {

    @TempDir
    Path dir;

    /** Sample 01 against the five other samples' scores, as if they were its peers. */
    private static ReportInput withPeers(String language) throws Exception {
        ReportInput in = Samples.input(Samples.ALL.get(0), language);
        List<Scores> peers = new ArrayList<>();
        for (String name : Samples.ALL.subList(1, 6)) {
            var f = Samples.filled(name);
            peers.add(Scoring.score(Samples.questionnaire(f), f.assessment(), f.company()));
        }
        PeerComparison p = PeerBenchmark.compare(in.company().sector(), SizeBand.FROM_10, in.advice().scores(),
                in.questionnaire().maturityDimensions(), peers).orElseThrow();
        return new ReportInput(in.questionnaire(), in.assessment(), in.company(), in.advice(), in.previous(),
                in.assessor(), in.language(), in.bundle(), in.date(), in.status(), in.conclusions(), in.tracking(), p);
    }

    @Test
    void theComparisonHasItsSectionWithEveryTopic() throws Exception {
        ReportInput in = withPeers("nl");
        Path pdf = dir.resolve("peers.pdf");

        ReportGenerator.write(in, pdf, Progress.NONE);

        String all = PdfText.flat(PdfText.read(pdf).all());
        assertThat(all).contains("Vergeleken met soortgelijke bedrijven", "tegenover 5 andere bedrijven",
                "Middelste helft", "Middelste waarde");
        for (var d : in.questionnaire().maturityDimensions()) {
            assertThat(all).contains(d.name().get("nl"));
        }
        assertThat(all).doesNotContain("Plaatwerk Oost", "Montagebedrijf Delta", "Coatingbedrijf Groen",
                "Precisie Techniek", "Smederij Klein");
    }

    @Test
    void withoutAComparisonThereIsNoSection() throws Exception {
        Path pdf = dir.resolve("none.pdf");

        ReportGenerator.write(Samples.input(Samples.ALL.get(0), "en"), pdf, Progress.NONE);

        assertThat(PdfText.flat(PdfText.read(pdf).all())).doesNotContain("Compared with similar companies");
    }
}
