package nl.maakscan.programme;

import nl.maakscan.model.Questionnaire;

import java.util.List;
import java.util.Map;

/**
 * The figures of a programme over a selection of assessments (see {@link Programme} for how each is counted).
 * Ids, not names: {@code reference} is the newest questionnaire used, to name sectors, topics and technologies
 * (null when there are no assessments). Averages are null when nothing was there to average.
 *
 * @param totals       companies and assessments in the selection, follow-ups, sample companies left out
 * @param periods      per calendar quarter ({@code 2026-Q1}), in order
 * @param coaches      per assessor as written on the assessment (null: none written), most assessments first
 * @param sectors      per sector id (null: unknown), most companies first
 * @param budget       the adviser days of each company's current plan against the programme budget
 * @param topics       the topics (maturity dimension ids) of the reference questionnaire, in order
 * @param levels       average level per topic per sector and size band, then per size band, then of all
 * @param technologies how often each technology was in an assessment's top five, most often first
 * @param progress     the average change per topic from the first assessment to the latest follow-up
 */
public record ProgrammeOverview(Selection selection, Questionnaire reference, Totals totals, List<Count> periods,
        List<Count> coaches, List<Count> sectors, Budget budget, List<String> topics, List<Levels> levels,
        List<TechnologyCount> technologies, Progress progress) {

    public ProgrammeOverview {
        periods = List.copyOf(periods);
        coaches = List.copyOf(coaches);
        sectors = List.copyOf(sectors);
        topics = List.copyOf(topics);
        levels = List.copyOf(levels);
        technologies = List.copyOf(technologies);
    }

    /** The levels of all companies together (no sector, no band); null when there are none. */
    public Levels allLevels() {
        return levels.stream().filter(l -> l.sector() == null && l.band() == null && !l.unknownBand()).findFirst()
                .orElse(null);
    }

    /** The levels per size band over all sectors, the band of unknown size among them, in order. */
    public List<Levels> levelsPerSizeBand() {
        return levels.stream().filter(l -> l.sector() == null && (l.band() != null || l.unknownBand())).toList();
    }

    /** The sector's name in a language from the reference questionnaire; its id when unknown there; null for null. */
    public String sectorName(String id, String language) {
        if (id == null || reference == null) {
            return id;
        }
        return reference.profile().sectors().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.name().get(language)).orElse(id);
    }

    public String topicName(String id, String language) {
        return reference == null ? id : reference.dimension(id).map(d -> d.name().get(language)).orElse(id);
    }

    public String technologyName(String id, String language) {
        return reference == null ? id : reference.technology(id).map(t -> t.name().get(language)).orElse(id);
    }

    public record Totals(int companies, int assessments, int finished, int followUps, int samplesLeftOut) {
    }

    /** A group (period, coach or sector) with its companies and assessments in the selection. */
    public record Count(String key, int companies, int assessments) {
    }

    /**
     * The current plan of each company (its latest assessment in the selection): total adviser days and their
     * cost at the day rate, against {@code budgetPerCompany} for each company; how many plans cost more.
     */
    public record Budget(int companies, double adviserDays, double adviserCost, double dayRate,
            double budgetPerCompany, int overBudget) {

        public double budget() {
            return companies * budgetPerCompany;
        }

        /** The planned cost as a share of the budget (0 without companies). */
        public double share() {
            return budget() == 0 ? 0 : adviserCost / budget();
        }
    }

    /**
     * The average level per topic of the companies in a group, each with its latest assessment in the
     * selection. {@code sector} and {@code band} are null for "all" (a band row has no sector, the total row
     * neither); {@code unknownBand} marks companies whose size is not known.
     */
    public record Levels(String sector, SizeBand band, boolean unknownBand, int companies, Map<String, Double> average) {

        public Levels {
            average = Map.copyOf(average);
        }

        public Double average(String topic) {
            return average.get(topic);
        }
    }

    /** A technology, how many assessments had it in their top five, and that as a share of the assessments. */
    public record TechnologyCount(String technologyId, int times, double share) {
    }

    /**
     * Companies whose latest assessment in the selection is a follow-up, and per topic the average change of
     * the level from their first assessment, with how many companies had a level in both.
     */
    public record Progress(int companies, Map<String, Double> averageChange, Map<String, Integer> counted) {

        public Progress {
            averageChange = Map.copyOf(averageChange);
            counted = Map.copyOf(counted);
        }
    }
}
