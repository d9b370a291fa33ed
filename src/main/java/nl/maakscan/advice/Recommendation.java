package nl.maakscan.advice;

import nl.maakscan.model.Technology;

import java.util.List;

/**
 * A ranked technology with the terms that made its score and the reasons behind them, as data for
 * the screens and the report to print (questionnaires/README.md, "Ranking technologies"):
 * {@code score = (impact × (gapBase + gapWeight × gap) + bottleneckWeight × bottleneck) × readiness
 * × sizeFit × profileFit / effort^exponent}.
 */
public record Recommendation(
        int rank,
        Technology technology,
        double score,
        double impact,
        double gap,
        double bottleneck,
        double readiness,
        double sizeFit,
        double profileFit,
        double effort,
        Integer adoption,
        List<NeedReason> needs,
        List<PriorityReason> priorities,
        List<BottleneckReason> bottlenecks,
        List<MissingPrerequisite> missing,
        List<Misfit> misfits) {

    public Recommendation {
        misfits = List.copyOf(misfits);
        needs = List.copyOf(needs);
        priorities = List.copyOf(priorities);
        bottlenecks = List.copyOf(bottlenecks);
        missing = List.copyOf(missing);
    }

    Recommendation withRank(int newRank) {
        return new Recommendation(newRank, technology, score, impact, gap, bottleneck, readiness, sizeFit, profileFit,
                effort, adoption, needs, priorities, bottlenecks, missing, misfits);
    }

    public boolean ready() {
        return missing.isEmpty();
    }

    public boolean sizeWarning() {
        return sizeFit < 1;
    }

    /** True when the company's kind of work (a profile answer) lies outside what the technology suits. */
    public boolean profileWarning() {
        return !misfits.isEmpty();
    }

    /**
     * A profile question whose answer lies outside the technology's {@code fits}: the company's level
     * and the range the technology suits (either end may be open).
     */
    public record Misfit(String questionId, int level, Integer min, Integer max) {
    }

    /**
     * A driver question of the technology: its current level (null when unknown), the level it is
     * measured against ({@code target}: good practice for the company's trade and size, or the owner's
     * target for the dimension when {@code targetSetByUser}), the gap, and the note of the answer.
     */
    public record NeedReason(String questionId, String dimensionId, Double level, int target, double gap,
            boolean targetSetByUser, String note) {
    }

    /** An owner priority that the technology serves: the owner's weight 0-5 and the catalogue's impact 1-3. */
    public record PriorityReason(String priorityId, int ownerWeight, boolean ownerWeightGiven, int technologyWeight) {
    }

    /**
     * A bottleneck the technology relieves: the owner's answer 0-5 (how much it holds the company back),
     * how much the technology relieves it (1-3), and the note of the answer.
     */
    public record BottleneckReason(String questionId, int level, int relieves, String note) {
        public double weight() {
            return (double) level * relieves;
        }
    }

    /**
     * A prerequisite that is not met: a question below its minimum level ({@code questionId}, the
     * required and current level), or a technology not in use ({@code technologyId}, its adoption).
     */
    public record MissingPrerequisite(String questionId, Integer required, Integer current, String technologyId) {

        public static MissingPrerequisite level(String questionId, int required, Integer current) {
            return new MissingPrerequisite(questionId, required, current, null);
        }

        public static MissingPrerequisite technology(String technologyId, Integer adoption) {
            return new MissingPrerequisite(null, null, adoption, technologyId);
        }

        public boolean isTechnology() {
            return technologyId != null;
        }
    }
}
