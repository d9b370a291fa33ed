package nl.maakscan.content;

import nl.maakscan.content.Files.QuestionnaireFile;
import nl.maakscan.model.Band;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Financing;
import nl.maakscan.model.Question;
import nl.maakscan.model.Range;
import nl.maakscan.model.Technology;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks on the fields of ranking model 2 (decision 6): dimension roles, question processes and
 * good practice, a technology's relief, applicability, cost, tags and plan texts, and, for a
 * questionnaire that declares {@code ranking:}, that every question is addressed and every technology
 * complete. The policy's own numbers are checked by {@link PolicyChecks}, financing rules by
 * {@link FinancingChecks}.
 */
final class RankingChecks {

    /** The tags that financing rules match on (questionnaires/README.md). */
    static final Set<String> TAGS = Set.of("energy-list", "environment-list", "sustainable-heat", "rd-novel",
            "training");

    private final Validator v;
    private final QuestionnaireFile main;
    private final List<Dimension> dimensions;
    private final Map<String, Question> questions;
    private final Set<String> processes;
    private final Set<String> bottleneckQuestions = new HashSet<>();
    private final FinancingChecks funding;
    private final ProfileChecks profile;

    RankingChecks(Validator v, QuestionnaireFile main, List<Dimension> dimensions, Map<String, Question> questions,
            Set<String> processes) {
        this.v = v;
        this.main = main;
        this.dimensions = dimensions;
        this.questions = questions;
        this.processes = processes;
        this.funding = new FinancingChecks(v, this);
        this.profile = new ProfileChecks(v, dimensions, questions);
    }

    void check(List<Technology> technologies, Financing financing) {
        boolean modelTwo = main.ranking() != null;
        if (modelTwo) {
            new PolicyChecks(v).check(main, main.ranking());
        }
        for (Dimension d : dimensions) {
            if (d == null) {
                continue;
            }
            if (d.role() != null && !d.role().equals(Dimension.MATURITY) && !d.role().equals(Dimension.BOTTLENECK)
                    && !d.role().equals(Dimension.PROFILE)) {
                v.problem(d, "role.unknown", "role", d.role());
            }
            for (Question q : d.questions()) {
                if (d.isBottleneck() && q != null && q.id() != null) {
                    bottleneckQuestions.add(q.id());
                }
                checkQuestion(q);
            }
        }
        if (modelTwo) {
            List<String> limits = main.ranking().growthLimits();
            for (int i = 0; i < limits.size(); i++) {
                if (!bottleneckQuestions.contains(limits.get(i))) {
                    v.problem(main.ranking(), "relieves.notBottleneck", "growthLimits/" + i, limits.get(i));
                }
            }
        }
        List<Technology> valid = technologies.stream().filter(t -> t != null && t.id() != null).toList();
        Set<String> technologyIds = new HashSet<>(valid.stream().map(Technology::id).toList());
        for (Technology t : valid) {
            checkTechnology(t, technologyIds, modelTwo);
            profile.checkTechnology(t);
            if (financing != null) {
                funding.checkPointers(t, financing);
            }
        }
        if (financing != null) {
            LocalDate validFrom = validFrom(financing);
            LocalDate today = LocalDate.now();
            financing.instruments().stream().filter(i -> i != null)
                    .forEach(i -> funding.checkInstrument(i, validFrom, today));
        }
        if (modelTwo) {
            checkCoverage(valid);
            profile.checkUsed(dimensions, valid);
        }
    }

    /** The day the financing list takes effect; null when it has none or it is unreadable (reported elsewhere). */
    private static LocalDate validFrom(Financing financing) {
        try {
            return financing.validFrom() == null ? null : LocalDate.parse(financing.validFrom());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void checkQuestion(Question q) {
        if (q == null) {
            return;
        }
        for (int i = 0; i < q.processes().size(); i++) {
            if (!processes.contains(q.processes().get(i))) {
                v.problem(q, "ref.unknown", "processes/" + i, "process", q.processes().get(i));
            }
        }
        if (q.goodPractice() != null && (q.goodPractice() < Question.MIN_LEVEL || q.goodPractice() > Question.MAX_LEVEL)) {
            v.problem(q, "level.outOfRange", "goodPractice", q.goodPractice());
        }
        Set<String> sectors = main.profile() == null ? Set.of() : main.profile().sectors().stream()
                .filter(java.util.Objects::nonNull).map(nl.maakscan.model.Choice::id).collect(Collectors.toSet());
        q.goodPracticeBySector().forEach((sector, level) -> {
            if (!sectors.contains(sector)) {
                v.problem(q, "ref.unknown", "goodPracticeBySector/" + sector, "sector", sector);
            }
            if (level == null || level < Question.MIN_LEVEL || level > Question.MAX_LEVEL) {
                v.problem(q, "level.outOfRange", "goodPracticeBySector/" + sector, level);
            }
        });
        if (q.notAddressedBecause() != null) {
            v.text(q, q.notAddressedBecause(), "notAddressedBecause");
        }
    }

    private void checkTechnology(Technology t, Set<String> technologyIds, boolean modelTwo) {
        t.relieves().forEach((b, w) -> {
            if (!questions.containsKey(b)) {
                v.problem(t, "ref.unknown", "relieves/" + b, "question", b);
            } else if (!bottleneckQuestions.contains(b)) {
                v.problem(t, "relieves.notBottleneck", "relieves/" + b, b);
            }
            if (w == null || w < 1 || w > 3) {
                v.problem(t, "relieves.range", "relieves/" + b, w);
            }
        });
        Technology.AppliesWhen when = t.appliesWhen();
        for (int i = 0; i < when.processes().size(); i++) {
            if (!processes.contains(when.processes().get(i))) {
                v.problem(t, "ref.unknown", "appliesWhen/processes/" + i, "process", when.processes().get(i));
            }
        }
        if (when.minEmployees() != null && when.minEmployees() < 1) {
            v.problem(t, "employees.range", "appliesWhen/minEmployees", when.minEmployees(), null);
        }
        levelConditions(v, t, questions, when.levels(), "appliesWhen/levels/");
        levelConditions(v, t, questions, when.anyLevels(), "appliesWhen/anyLevels/");
        for (int i = 0; i < when.technologies().size(); i++) {
            String other = when.technologies().get(i);
            if (!technologyIds.contains(other) || other.equals(t.id())) {
                v.problem(t, "ref.unknown", "appliesWhen/technologies/" + i, "technology", other);
            }
        }
        range(t, t.cost(), "cost");
        range(t, t.paybackMonths(), "paybackMonths");
        if (t.internalHours() != null && t.internalHours() < 0) {
            v.problem(t, "amount.negative", "internalHours", t.internalHours());
        }
        if (t.cost() != null && t.cost().max() != null && t.investment() != null) {
            checkBand(t);
        }
        tags(t, t.tags(), "tags");
        t.plan().forEach((type, text) -> {
            if (!t.adviserDays().containsKey(type)) {
                v.problem(t, "plan.noDays", "plan/" + type, type);
            }
            v.text(t, text, "plan/" + type);
        });
        if (t.result() != null) {
            v.text(t, t.result(), "result");
        }
        if (modelTwo) {
            if (t.cost() == null) {
                v.problem(t, "field.missing", null, "cost");
            }
            if (t.result() == null) {
                v.problem(t, "field.missing", null, "result");
            }
            for (String type : t.adviserDays().keySet()) {
                if (!t.plan().containsKey(type)) {
                    v.problem(t, "plan.missing", t.plan().isEmpty() ? null : "plan", type);
                }
            }
        }
    }

    private static void levelConditions(Validator v, Technology t, Map<String, Question> questions,
            Map<String, Integer> conditions, String field) {
        conditions.forEach((q, min) -> {
            if (!questions.containsKey(q)) {
                v.problem(t, "ref.unknown", field + q, "question", q);
            }
            if (min == null || min < Question.MIN_LEVEL || min > Question.MAX_LEVEL) {
                v.problem(t, "level.outOfRange", field + q, min);
            }
        });
    }

    void range(Object owner, Range r, String field) {
        if (r == null) {
            return;
        }
        if (r.min() != null && r.min() < 0 || r.max() != null && r.max() < 0) {
            v.problem(owner, "amount.negative", field, r.min() != null && r.min() < 0 ? r.min() : r.max());
        } else if (r.min() != null && r.max() != null && r.min() > r.max()) {
            v.problem(owner, "range.order", field, r.min(), r.max());
        }
    }

    /** cost.max must lie above the previous band's upTo and at most at the band's own upTo. */
    private void checkBand(Technology t) {
        List<Band> bands = main.investmentBands() == null ? List.of() : main.investmentBands();
        Integer lower = 0;
        for (Band b : bands) {
            if (b == null) {
                continue;
            }
            if (t.investment().equals(b.id())) {
                int max = t.cost().max();
                boolean tooHigh = b.upTo() != null && max > b.upTo();
                boolean tooLow = lower != null && lower > 0 && max <= lower;
                if (tooHigh || tooLow) {
                    v.problem(t, "cost.band", "cost/max", max, b.id(), lower == null ? "?" : lower,
                            b.upTo() == null ? "-" : b.upTo());
                }
                return;
            }
            lower = b.upTo();
        }
    }

    void tags(Object owner, List<String> tags, String field) {
        for (int i = 0; i < tags.size(); i++) {
            if (!TAGS.contains(tags.get(i))) {
                v.problem(owner, "tag.unknown", field + "/" + i, tags.get(i), String.join(", ", TAGS.stream().sorted()
                        .toList()));
            }
        }
    }

    /** Model 2: every maturity question addressed (or says why not), every bottleneck relieved (profile: {@link ProfileChecks}). */
    private void checkCoverage(List<Technology> technologies) {
        Set<String> addressed = new HashSet<>();
        Set<String> relieved = new HashSet<>();
        for (Technology t : technologies) {
            addressed.addAll(t.questions());
            relieved.addAll(t.relieves().keySet());
        }
        for (Dimension d : dimensions) {
            if (d == null || d.isProfile()) {
                continue;
            }
            for (Question q : d.questions()) {
                if (q == null || q.id() == null) {
                    continue;
                }
                if (d.isBottleneck() && !relieved.contains(q.id())) {
                    v.problem(q, "bottleneck.notRelieved", "id", q.id());
                } else if (!d.isBottleneck() && !addressed.contains(q.id()) && q.notAddressedBecause() == null) {
                    v.problem(q, "question.notAddressed", "id", q.id());
                }
            }
        }
    }
}
