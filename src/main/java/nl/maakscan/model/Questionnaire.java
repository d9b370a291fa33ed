package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, validated questionnaire: metadata, profile choices, priorities, dimensions with their
 * questions, the technology catalogue and the financing instruments. {@code contentHash} is the
 * SHA-256 of its files, so that an assessment can name exactly the content it was made with.
 * {@code ranking} is the ranking policy the main file declares, or null when it declares none (then
 * {@link #policy()} gives the defaults).
 */
public record Questionnaire(
        String id,
        String version,
        List<String> languages,
        Text title,
        Text description,
        List<Source> sources,
        Profile profile,
        List<Priority> priorities,
        List<Choice> blocks,
        List<Band> investmentBands,
        List<Band> paybackBands,
        Map<String, Text> adoptionScale,
        List<Dimension> dimensions,
        List<Technology> technologies,
        Financing financing,
        String contentHash,
        RankingPolicy ranking) {

    public Questionnaire {
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        priorities = List.copyOf(priorities);
        blocks = List.copyOf(blocks);
        investmentBands = List.copyOf(investmentBands);
        paybackBands = List.copyOf(paybackBands);
        adoptionScale = Collections.unmodifiableMap(new LinkedHashMap<>(adoptionScale));
        dimensions = List.copyOf(dimensions);
        technologies = List.copyOf(technologies);
    }

    /** The ranking policy: the declared one, or the defaults. */
    public RankingPolicy policy() {
        return ranking == null ? RankingPolicy.DEFAULTS : ranking;
    }

    /** The scored dimensions (role maturity), in order: these have a score, a target and a radar axis. */
    public List<Dimension> maturityDimensions() {
        return QuestionnaireIndex.of(this).maturityDimensions(this);
    }

    /** The bottleneck dimensions: asked, not scored. */
    public List<Dimension> bottleneckDimensions() {
        return dimensions.stream().filter(Dimension::isBottleneck).toList();
    }

    /** True when the question belongs to a profile dimension (the kind of work, not scored). */
    public boolean isProfileQuestion(String questionId) {
        return dimensionOf(questionId).map(Dimension::isProfile).orElse(false);
    }

    /** True when the question belongs to a bottleneck dimension. */
    public boolean isBottleneckQuestion(String questionId) {
        return dimensionOf(questionId).map(Dimension::isBottleneck).orElse(false);
    }

    public List<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream()).toList();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(QuestionnaireIndex.of(this).question(this, questionId));
    }

    /** The dimension a question belongs to. */
    public Optional<Dimension> dimensionOf(String questionId) {
        return Optional.ofNullable(QuestionnaireIndex.of(this).dimensionOf(this, questionId));
    }

    public Optional<Technology> technology(String technologyId) {
        return Optional.ofNullable(QuestionnaireIndex.of(this).technology(this, technologyId));
    }

    public Optional<Priority> priority(String priorityId) {
        return priorities.stream().filter(p -> p.id().equals(priorityId)).findFirst();
    }

    public Optional<Band> investmentBand(String bandId) {
        return investmentBands.stream().filter(b -> b.id().equals(bandId)).findFirst();
    }

    public Optional<Band> paybackBand(String bandId) {
        return paybackBands.stream().filter(b -> b.id().equals(bandId)).findFirst();
    }

    public Optional<FinancingInstrument> instrument(String instrumentId) {
        return financing.instruments().stream().filter(i -> i.id().equals(instrumentId)).findFirst();
    }

    public Optional<Choice> block(String blockId) {
        return blocks.stream().filter(b -> b.id().equals(blockId)).findFirst();
    }
}
