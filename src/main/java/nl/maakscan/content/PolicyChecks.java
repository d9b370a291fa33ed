package nl.maakscan.content;

import nl.maakscan.content.Files.QuestionnaireFile;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.RankingPolicy.LevelStep;
import nl.maakscan.model.RankingPolicy.SizeStep;

import java.util.List;

/** Checks the numbers of a declared {@code ranking:} policy, and the band limits model 2 needs. */
final class PolicyChecks {

    private final Validator v;

    PolicyChecks(Validator v) {
        this.v = v;
    }

    void check(QuestionnaireFile main, RankingPolicy p) {
        between(p, p.defaultPriorityWeight().doubleValue(), "defaultPriorityWeight", 0, 5);
        between(p, p.priorityExponent(), "priorityExponent", 0.5, 3);
        between(p, p.bottleneckExponent(), "bottleneckExponent", 0.5, 3);
        between(p, p.goodPractice(), "goodPractice", 0, 5);
        between(p, p.unknownGap(), "unknownGap", 0, 5);
        between(p, p.gapBase(), "gapBase", 0, 10);
        between(p, p.gapWeight(), "gapWeight", 0, 10);
        between(p, p.bottleneckWeight(), "bottleneckWeight", 0, 20);
        between(p, p.overlap(), "overlap", 0, 1);
        between(p, p.interest(), "interest", 0, 1);
        between(p, p.levelShortfall(), "levelShortfall", 0, 5);
        between(p, p.missingTechnology(), "missingTechnology", 0, 1);
        between(p, p.minReadiness(), "minReadiness", 0, 1);
        between(p, p.sizeMisfit(), "sizeMisfit", 0, 1);
        between(p, p.profileMisfit(), "profileMisfit", 0, 1);
        sizes(p, p.goodPracticeBySize(), "goodPracticeBySize", -5, 5);
        RankingPolicy.Effort e = p.effort();
        positive(e, e.costUnit(), "effort/costUnit");
        positive(e, e.hoursUnit(), "effort/hoursUnit");
        positive(e, e.monthsUnit(), "effort/monthsUnit");
        positive(e, e.paybackUnit(), "effort/paybackUnit");
        between(e, e.exponent(), "effort/exponent", 0, 2);
        RankingPolicy.PlanPolicy plan = p.plan();
        between(plan, plan.top().doubleValue(), "plan/top", 1, 20);
        between(plan, plan.quickMonths().doubleValue(), "plan/quickMonths", 1, 36);
        sizes(plan, plan.daysBySize(), "plan/daysBySize", 0.1, 5);
        positive(plan, plan.dayRate(), "plan/dayRate");
        positive(plan, plan.programmeBudget(), "plan/programmeBudget");
        between(plan, plan.months().doubleValue(), "plan/months", 12, 60);
        sizes(plan, plan.implementationsAtOnce(), "plan/implementationsAtOnce", 1, 10);
        sizes(plan, plan.stepsAtOnce(), "plan/stepsAtOnce", 1, 20);
        List<LevelStep> levels = plan.daysByLevel();
        for (int i = 0; i < levels.size(); i++) {
            LevelStep s = levels.get(i);
            boolean last = i == levels.size() - 1;
            if (s == null || s.value() == null || (s.maxLevel() == null) != last
                    || i > 0 && s.maxLevel() != null && levels.get(i - 1).maxLevel() != null
                    && s.maxLevel() <= levels.get(i - 1).maxLevel()) {
                v.problem(plan, "policy.order", "plan/daysByLevel/" + i, "plan/daysByLevel");
            } else {
                between(plan, s.value(), "plan/daysByLevel/" + i, 0.1, 5);
            }
        }
        if (main.investmentBands() != null) {
            for (int i = 0; i < main.investmentBands().size() - 1; i++) {
                var b = main.investmentBands().get(i);
                if (b != null && b.upTo() == null) {
                    v.problem(b, "field.missing", null, "upTo");
                }
            }
        }
    }

    private void sizes(Object owner, List<SizeStep> steps, String field, double min, double max) {
        for (int i = 0; i < steps.size(); i++) {
            SizeStep s = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (s == null || s.value() == null || (s.maxEmployees() == null) != last
                    || i > 0 && s.maxEmployees() != null && steps.get(i - 1).maxEmployees() != null
                    && s.maxEmployees() <= steps.get(i - 1).maxEmployees()) {
                v.problem(owner, "policy.order", field + "/" + i, field);
            } else {
                between(owner, s.value(), field + "/" + i, min, max);
            }
        }
    }

    private void positive(Object owner, double value, String field) {
        if (!(value > 0)) {
            v.problem(owner, "policy.range", field.substring(field.indexOf('/') + 1), value, field, "> 0", "-");
        }
    }

    private void between(Object owner, double value, String field, double min, double max) {
        if (value < min || value > max) {
            v.problem(owner, "policy.range", field.contains("/") ? field.substring(field.indexOf('/') + 1) : field,
                    value, field, min, max);
        }
    }
}
