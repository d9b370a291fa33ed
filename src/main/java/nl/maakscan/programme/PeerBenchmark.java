package nl.maakscan.programme;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    private final ProgrammeSource source;
    private List<ProgrammeSource.Member> members;
    private Map<String, ProgrammeSource.Entry> latestFinished;
    private final Map<String, Optional<Scores>> scores = new ConcurrentHashMap<>();

    /**
     * A benchmark over one database that reads the companies and assessments once and keeps each peer's
     * scores, for comparing many assessments (a batch of reports); safe to use from several threads. It does not
     * see changes made after its first use.
     */
    public PeerBenchmark(ProgrammeSource source) {
        this.source = source;
    }

    /** The comparison for one stored assessment; see {@link #compare(String)}. */
    public static Optional<PeerComparison> of(ProgrammeSource source, String assessmentId) {
        return new PeerBenchmark(source).compare(assessmentId);
    }

    /** The comparison for a stored assessment; empty when it is gone, its company's sector or size is unknown, or the group is too small. */
    public Optional<PeerComparison> compare(String assessmentId) {
        Optional<ProgrammeSource.Scan> subject = source.load(assessmentId);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Company company = subject.get().company();
        Optional<SizeBand> band = SizeBand.of(company.employees());
        if (company.sector() == null || band.isEmpty()) {
            return Optional.empty();
        }
        List<String> group = new ArrayList<>();
        for (ProgrammeSource.Member m : members()) {
            Company c = m.company();
            if (!m.sample() && !c.id().equals(company.id()) && company.sector().equals(c.sector())
                    && SizeBand.of(c.employees()).equals(band)) {
                group.add(c.id());
            }
        }
        if (group.size() < MIN_PEERS) {
            return Optional.empty();
        }
        Map<String, ProgrammeSource.Entry> latest = latestFinished();
        List<String> ids = group.stream().map(latest::get).filter(Objects::nonNull).map(ProgrammeSource.Entry::id)
                .toList();
        List<String> missing = ids.stream().filter(id -> !scores.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<String, ProgrammeSource.Scan> loaded = source.loadAll(missing);
            for (String id : missing) {
                scores.putIfAbsent(id, Optional.ofNullable(loaded.get(id)).map(p ->
                        Scoring.score(p.questionnaire(), p.assessment(), p.company())));
            }
        }
        List<Scores> peers = new ArrayList<>();
        for (String id : ids) {
            scores.get(id).ifPresent(peers::add);
        }
        ProgrammeSource.Scan s = subject.get();
        return compare(company.sector(), band.get(), Scoring.score(s.questionnaire(), s.assessment(), company),
                s.questionnaire().maturityDimensions(), peers);
    }

    private synchronized List<ProgrammeSource.Member> members() {
        if (members == null) {
            members = List.copyOf(source.companies());
        }
        return members;
    }

    /** Each company's most recent finished assessment, read once (only when some group is large enough). */
    private synchronized Map<String, ProgrammeSource.Entry> latestFinished() {
        if (latestFinished == null) {
            Map<String, ProgrammeSource.Entry> latest = new HashMap<>();
            for (ProgrammeSource.Entry e : source.assessments()) {
                if (e.finished()) {
                    latest.merge(e.companyId(), e, (a, b) -> Programme.ORDER.compare(a, b) >= 0 ? a : b);
                }
            }
            latestFinished = latest;
        }
        return latestFinished;
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
