package nl.maakscan.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.advice.Advice;
import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.FinancingAge;
import nl.maakscan.advice.FinancingMatch;
import nl.maakscan.advice.LeftOut;
import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Company;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.report.ReportInput;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maakscan.model.Questionnaire;

/** The advice as JSON for scripts ({@code maakscan advise --json}). */
final class AdviceJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AdviceJson() {
    }

    /**
     * The advice of a report input: scores, recommendations, the plan as a budget, the adviser's conclusions
     * (empty for an answers file) and, at a follow-up, the previous plan's steps with their status.
     */
    static String write(ReportInput in, java.time.LocalDate date) {
        return write(in.questionnaire(), in.company(), in.advice(), in.language(), date, in.conclusions(),
                in.previous(), in.tracking());
    }

    static String write(Questionnaire q, Company company, Advice advice, String language, java.time.LocalDate date,
            Conclusions conclusions, ReportInput.Previous previous, List<PlanStepStatus> tracking) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("questionnaire").put("id", q.id()).put("version", q.version())
                .put("contentHash", q.contentHash());
        root.put("company", company.name());
        var s = advice.scores();
        ObjectNode overall = root.putObject("overall");
        number(overall, "level", s.overallLevel());
        number(overall, "score", s.overallScore());
        number(overall, "confidence", s.confidence());
        overall.put("questions", s.questions()).put("withLevel", s.withLevel())
                .put("notApplicable", s.notApplicable()).put("dontKnow", s.dontKnow())
                .put("unanswered", s.unanswered());
        ArrayNode dims = root.putArray("dimensions");
        for (DimensionScore d : s.dimensions()) {
            ObjectNode n = dims.addObject();
            n.put("id", d.dimensionId()).put("name", q.dimension(d.dimensionId()).orElseThrow().name().get(language));
            number(n, "level", d.level());
            number(n, "score", d.score());
            number(n, "confidence", d.confidence());
            n.put("target", d.target()).put("gap", d.gap());
        }
        ArrayNode recs = root.putArray("recommendations");
        for (Recommendation r : advice.recommendations()) {
            ObjectNode n = recs.addObject();
            n.put("rank", r.rank()).put("id", r.technology().id())
                    .put("name", r.technology().name().get(language))
                    .put("score", r.score()).put("impact", r.impact()).put("gap", r.gap())
                    .put("bottleneck", r.bottleneck()).put("readiness", r.readiness()).put("sizeFit", r.sizeFit())
                    .put("profileFit", r.profileFit()).put("interest", r.interest()).put("effort", r.effort())
                    .put("foundation", r.foundation());
            ArrayNode needs = n.putArray("needs");
            for (Recommendation.NeedReason need : r.needs()) {
                ObjectNode x = needs.addObject().put("question", need.questionId()).put("dimension", need.dimensionId());
                number(x, "level", need.level());
                x.put("goodPractice", need.target()).put("targetSetByUser", need.targetSetByUser())
                        .put("gap", need.gap()).put("note", need.note());
            }
            ArrayNode bottlenecks = n.putArray("bottlenecks");
            for (Recommendation.BottleneckReason b : r.bottlenecks()) {
                bottlenecks.addObject().put("question", b.questionId()).put("level", b.level())
                        .put("relieves", b.relieves()).put("note", b.note());
            }
            ArrayNode pr = n.putArray("priorities");
            for (Recommendation.PriorityReason p : r.priorities()) {
                pr.addObject().put("priority", p.priorityId()).put("ownerWeight", p.ownerWeight())
                        .put("ownerWeightGiven", p.ownerWeightGiven()).put("technologyWeight", p.technologyWeight());
            }
            missing(n.putArray("missingPrerequisites"), r.missing());
            n.put("firstStep", r.technology().firstStep().get(language));
            if (r.technology().result() != null) {
                n.put("result", r.technology().result().get(language));
            }
        }
        ArrayNode left = root.putArray("leftOut");
        for (LeftOut out : advice.leftOut()) {
            ObjectNode n = left.addObject().put("id", out.technology().id()).put("why", out.why().name())
                    .put("subject", out.subject());
            if (out.required() != null) {
                n.put("required", out.required());
            }
            if (out.current() != null) {
                n.put("current", out.current());
            }
        }
        plan(root.putObject("plan"), q, advice.plan(), language, date);
        conclusions(root.putObject("conclusions"), conclusions);
        previousPlan(root, previous, tracking, language);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan as a budget: steps with months, money and financing, totals per phase and overall. */
    private static void plan(ObjectNode plan, Questionnaire q, Plan p, String language, java.time.LocalDate date) {
        plan.put("dayRate", p.dayRate()).put("programmeBudget", p.programmeBudget()).put("lastMonth", p.lastMonth())
                .put("overBudget", p.overBudget());
        ArrayNode steps = plan.putArray("steps");
        for (Plan.Step step : p.steps()) {
            ObjectNode n = steps.addObject();
            n.put("number", step.number()).put("phase", step.phase().fromMonth() + "-" + step.phase().toMonth())
                    .put("startMonth", step.startMonth()).put("endMonth", step.endMonth())
                    .put("rank", step.rank()).put("technology", step.technologyId())
                    .put("supportType", step.supportType().id());
            n.putPOJO("after", step.after());
            if (step.what() != null) {
                n.put("what", step.what().get(language));
            }
            n.put("adviserDays", step.adviserDays()).put("adviserCost", step.adviserCost())
                    .put("internalHours", step.internalHours());
            if (step.investment() != null) {
                n.putObject("investment").put("min", step.investment().min()).put("max", step.investment().max());
            }
            ArrayNode f = n.putArray("financing");
            for (FinancingMatch m : step.funding()) {
                ObjectNode x = f.addObject().put("instrument", m.instrumentId());
                number(x, "amount", m.amount());
            }
            number(n, "expectedFinancing", step.expectedFinancing());
            n.put("netCostMin", step.netMin()).put("netCostMax", step.netMax());
            n.put("milestone", new nl.maakscan.report.Texts(language).t("milestone." + step.supportType().id()));
            if (step.result() != null) {
                n.put("result", step.result().get(language));
            }
            missing(n.putArray("fixFirst"), step.fixFirst());
        }
        ObjectNode phases = plan.putObject("phases");
        for (Phase phase : p.phases()) {
            totals(phases.putObject(phase.fromMonth() + "-" + phase.toMonth()), p.totals(phase));
        }
        totals(plan.putObject("totals"), p.totals());
        plan.put("totalAdviserDays", p.totalAdviserDays());
        plan.put("financingValidFrom", q.financing().validFrom());
        FinancingAge age = FinancingAge.check(q.financing().validFrom(), date);
        plan.put("financingOutdated", age != null);
    }

    /** The adviser's conclusions: method, who took part, overall and per topic (dimension id); null when not given. */
    private static void conclusions(ObjectNode n, Conclusions c) {
        n.put("method", c.method() == null ? null : c.method().id()).put("participants", c.participants())
                .put("overall", c.overall());
        ObjectNode topics = n.putObject("topics");
        c.byDimension().forEach(topics::put);
    }

    /**
     * At a follow-up, the steps of the previous assessment's plan, each with the status recorded at this one
     * ({@code done}, {@code in-progress}, {@code not-started}, {@code dropped}, or null when not recorded) and
     * its note; null when there is no previous assessment.
     */
    private static void previousPlan(ObjectNode root, ReportInput.Previous previous, List<PlanStepStatus> tracking,
            String language) {
        if (previous == null || previous.plan() == null) {
            root.putNull("previousPlan");
            return;
        }
        ObjectNode n = root.putObject("previousPlan").put("label", previous.label()).put("date", previous.date());
        Map<String, PlanStepStatus> recorded = new HashMap<>();
        tracking.forEach(t -> recorded.put(t.key(), t));
        ArrayNode steps = n.putArray("steps");
        for (Plan.Step step : previous.plan().steps()) {
            PlanStepStatus r = recorded.get(PlanStepStatus.key(step.technologyId(), step.supportType()));
            ObjectNode x = steps.addObject().put("number", step.number()).put("technology", step.technologyId())
                    .put("supportType", step.supportType().id());
            if (step.what() != null) {
                x.put("what", step.what().get(language));
            }
            x.put("status", r == null || r.status() == null ? null : r.status().id())
                    .put("note", r == null ? null : r.note());
        }
    }

    private static void totals(ObjectNode n, PlanTotals t) {
        n.put("steps", t.steps()).put("adviserDays", t.adviserDays()).put("adviserCost", t.adviserCost())
                .put("investmentMin", t.investmentMin()).put("investmentMax", t.investmentMax())
                .put("expectedFinancing", t.financing()).put("internalHours", t.internalHours())
                .put("netCostMin", t.netMin()).put("netCostMax", t.netMax());
    }

    private static void missing(ArrayNode array, java.util.List<MissingPrerequisite> missing) {
        for (MissingPrerequisite m : missing) {
            ObjectNode n = array.addObject();
            if (m.isTechnology()) {
                n.put("technology", m.technologyId());
            } else {
                n.put("question", m.questionId()).put("required", m.required());
                if (m.current() == null) {
                    n.putNull("current");
                } else {
                    n.put("current", m.current());
                }
            }
        }
    }

    private static void number(ObjectNode n, String field, Double value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
