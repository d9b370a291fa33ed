package nl.maakscan.programme;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an assessment stands among similar companies: its level per topic against the other companies of the
 * same sector and size band in the same database, as lower quartile, median and upper quartile. Each other
 * company counts once, with its most recent finished assessment; sample data never counts. Nothing is given
 * unless at least {@value #MIN_PEERS} other companies are in the group, and a topic is left without figures
 * when fewer than {@value #MIN_PEERS} of them have a level for it, so that no peer can be picked out. The
 * result holds no name or id of any peer.
 */
public final class PeerBenchmark {

    /** The fewest other companies a comparison is shown for. */
    public static final int MIN_PEERS = 5;

    private PeerBenchmark() {
    }

    /** The comparison for a stored assessment; empty when it is gone, its company's sector or size is unknown, or the group is too small. */
    public static Optional<PeerComparison> of(ProgrammeSource source, String assessmentId) {
        Optional<ProgrammeSource.Scan> subject = source.load(assessmentId);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Company company = subject.get().company();
        Optional<SizeBand> band = SizeBand.of(company.employees());
        if (company.sector() == null || band.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ProgrammeSource.Entry> latest = new LinkedHashMap<>();
        for (ProgrammeSource.Member m : source.companies()) {
            Company c = m.company();
            if (!m.sample() && !c.id().equals(company.id()) && company.sector().equals(c.sector())
                    && SizeBand.of(c.employees()).equals(band)) {
                latest.put(c.id(), null);
            }
        }
        if (latest.size() < MIN_PEERS) {
            return Optional.empty();
        }
        Comparator<ProgrammeSource.Entry> order = Programme.ORDER;
        for (ProgrammeSource.Entry e : source.assessments()) {
            if (e.finished() && latest.containsKey(e.companyId())) {
                ProgrammeSource.Entry before = latest.get(e.companyId());
                if (before == null || order.compare(e, before) > 0) {
                    latest.put(e.companyId(), e);
                }
            }
        }
        List<Scores> peers = new ArrayList<>();
        latest.values().stream().filter(Objects::nonNull).forEach(e -> source.load(e.id()).ifPresent(s ->
                peers.add(Scoring.score(s.questionnaire(), s.assessment(), s.company()))));
        ProgrammeSource.Scan s = subject.get();
        return compare(company.sector(), band.get(), Scoring.score(s.questionnaire(), s.assessment(), company),
                s.questionnaire().maturityDimensions(), peers);
    }

    /**
     * The comparison of one assessment's scores with its peers' (one score per other company), per topic of its
     * questionnaire (peers' topics are matched by id); empty when there are fewer than {@value #MIN_PEERS} peers.
     */
    public static Optional<PeerComparison> compare(String sector, SizeBand band, Scores own, List<Dimension> topics,
            List<Scores> peers) {
        if (peers.size() < MIN_PEERS) {
            return Optional.empty();
        }
        List<PeerComparison.Topic> rows = new ArrayList<>();
        for (Dimension d : topics) {
            List<Double> levels = new ArrayList<>();
            for (Scores p : peers) {
                p.dimension(d.id()).map(DimensionScore::level).ifPresent(levels::add);
            }
            Double level = own.dimension(d.id()).map(DimensionScore::level).orElse(null);
            rows.add(new PeerComparison.Topic(d.id(), level,
                    levels.size() < MIN_PEERS ? null : Quartiles.of(levels)));
        }
        return Optional.of(new PeerComparison(sector, band, peers.size(), rows));
    }
}
