package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.SupportType;

import java.util.List;

/** The next-step plan: steps in phases, each with its support type, adviser days and financing. */
public record Plan(List<Step> steps, double totalAdviserDays) {

    public Plan {
        steps = List.copyOf(steps);
    }

    public List<Step> steps(Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
    }

    /**
     * One step: the technology it is for (with its rank), what kind of help it takes, how many adviser
     * days (scaled to the company), which financing instruments may pay for it with their estimated
     * amounts, and which prerequisites to fix first.
     */
    public record Step(Phase phase, int rank, String technologyId, SupportType supportType, double adviserDays,
            List<FinancingMatch> funding, List<MissingPrerequisite> fixFirst) {
        public Step {
            funding = List.copyOf(funding);
            fixFirst = List.copyOf(fixFirst);
        }

        /** The ids of the instruments that may pay for the step. */
        public List<String> financing() {
            return funding.stream().map(FinancingMatch::instrumentId).toList();
        }
    }
}
