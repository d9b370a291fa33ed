package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.SupportType;

import java.util.List;

/** The next-step plan: steps in phases, each with its support type, adviser days and financing pointers. */
public record Plan(List<Step> steps, double totalAdviserDays) {

    public Plan {
        steps = List.copyOf(steps);
    }

    public List<Step> steps(Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
    }

    /**
     * One step: the technology it is for (with its rank), what kind of help it takes, how many adviser
     * days, which financing instruments may pay for it, and which prerequisites to fix first.
     */
    public record Step(Phase phase, int rank, String technologyId, SupportType supportType, double adviserDays,
            List<String> financing, List<MissingPrerequisite> fixFirst) {
        public Step {
            financing = List.copyOf(financing);
            fixFirst = List.copyOf(fixFirst);
        }
    }
}
