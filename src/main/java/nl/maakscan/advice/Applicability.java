package nl.maakscan.advice;

import nl.maakscan.advice.LeftOut.Why;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a technology applies to a company at all (questionnaires/README.md, "Applicability"): the
 * owner's checklist answer, the technology's {@code appliesWhen} conditions and the driver questions.
 * A technology that does not apply is never ranked; the first condition that fails is returned.
 */
final class Applicability {

    /** Adoption from which a technology counts as present for {@code appliesWhen.technologies} (testing). */
    static final int PRESENT_FROM = 3;

    private Applicability() {
    }

    static Optional<LeftOut> check(Questionnaire q, Assessment a, Company company, Technology t) {
        List<String> processes = company == null ? List.of() : company.processes();
        Integer employees = company == null ? null : company.employees();
        AdoptionAnswer adoption = a.technologies().get(t.id());
        if (adoption != null && adoption.notRelevant()) {
            return out(t, Why.NOT_RELEVANT, null, null, null);
        }
        if (adoption != null && adoption.inUse()) {
            return out(t, Why.IN_USE, null, AdoptionAnswer.IN_USE_FROM, adoption.level());
        }
        if (!t.fitsProcesses(processes)) {
            return out(t, Why.PROCESS, String.join(", ", t.requiredProcesses()), null, null);
        }
        Integer min = t.appliesWhen().minEmployees();
        if (min != null && employees != null && employees < min) {
            return out(t, Why.SIZE, null, min, employees);
        }
        for (Map.Entry<String, Integer> e : t.appliesWhen().levels().entrySet()) {
            Question question = q.question(e.getKey()).orElseThrow();
            LevelAnswer answer = Scoring.answer(question, a, processes);
            Integer current = answer != null && answer.hasLevel() ? answer.level() : null;
            if (current == null || current < e.getValue()) {
                return out(t, Why.LEVEL, e.getKey(), e.getValue(), current);
            }
        }
        Optional<LeftOut> noneOf = anyLevel(q, a, processes, t);
        if (noneOf.isPresent()) {
            return noneOf;
        }
        for (String other : t.appliesWhen().technologies()) {
            AdoptionAnswer present = a.technologies().get(other);
            Integer level = present == null || present.notRelevant() ? null : present.level();
            if (level == null || level < PRESENT_FROM) {
                return out(t, Why.TECHNOLOGY, other, PRESENT_FROM, level);
            }
        }
        boolean anyApplies = t.questions().isEmpty() || t.questions().stream().anyMatch(id -> {
            LevelAnswer answer = Scoring.answer(q.question(id).orElseThrow(), a, processes);
            return answer == null || answer.kind() != LevelAnswer.Kind.NOT_APPLICABLE;
        });
        if (!anyApplies) {
            return out(t, Why.NOT_APPLICABLE, String.join(", ", t.questions()), null, null);
        }
        return Optional.empty();
    }

    /**
     * {@code anyLevels}: at least one of the listed questions that the company is asked must reach its
     * level. When none does, the reason names the asked question that came closest.
     */
    private static Optional<LeftOut> anyLevel(Questionnaire q, Assessment a, List<String> processes, Technology t) {
        Map<String, Integer> any = t.appliesWhen().anyLevels();
        if (any.isEmpty()) {
            return Optional.empty();
        }
        String closest = null;
        Integer closestLevel = null;
        for (Map.Entry<String, Integer> e : any.entrySet()) {
            Question question = q.question(e.getKey()).orElseThrow();
            if (!question.appliesTo(processes)) {
                continue;
            }
            LevelAnswer answer = Scoring.answer(question, a, processes);
            Integer current = answer != null && answer.hasLevel() ? answer.level() : null;
            if (current != null && current >= e.getValue()) {
                return Optional.empty();
            }
            if (closest == null || current != null && (closestLevel == null || current - any.get(closest)
                    > closestLevel - any.get(closest))) {
                closest = e.getKey();
                closestLevel = current;
            }
        }
        String subject = closest != null ? closest : any.keySet().iterator().next();
        return out(t, Why.LEVEL, subject, any.get(subject), closestLevel);
    }

    private static Optional<LeftOut> out(Technology t, Why why, String subject, Integer required, Integer current) {
        return Optional.of(new LeftOut(t, why, subject, required, current));
    }
}
