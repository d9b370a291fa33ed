package nl.maakscan.advice;

import nl.maakscan.model.Technology;

import java.util.List;

/**
 * A ranked technology with the terms that made its score and the reasons behind them, as data for
 * the screens and the report to print (questionnaires/README.md, "Ranking technologies"):
 * {@code score = (impact × (gapBase + gapWeight × gap) + bottleneckWeight × bottleneck) × readiness
 * × sizeFit × profileFit × interest / effort^exponent + foundation}.
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
        double interest,
        double effort,
        Integer adoption,
        List<NeedReason> needs,
        List<PriorityReason> priorities,
        List<BottleneckReason> bottlenecks,
        List<MissingPrerequisite> missing,
        List<Misfit> misfits,
        List<Unlock> unlocks) {

    public Recommendation {
        misfits = List.copyOf(misfits);
        unlocks = List.copyOf(unlocks);
        needs = List.copyOf(needs);
        priorities = List.copyOf(priorities);
        bottlenecks = List.copyOf(bottlenecks);
        missing = List.copyOf(missing);
    }

    Recommendation withRank(int newRank) {
        return new Recommendation(newRank, technology, score, impact, gap, bottleneck, readiness, sizeFit, profileFit,
                interest, effort, adoption, needs, priorities, bottlenecks, missing, misfits, unlocks);
    }

    /** With the score of what building it first unlocks in the technologies ranked above (replaces earlier unlocks). */
    Recommendation withFoundation(List<Unlock> newUnlocks) {
        double own = score - foundation();
        double added = newUnlocks.stream().mapToDouble(Unlock::score).sum();
        return new Recommendation(rank, technology, own + added, impact, gap, bottleneck, readiness, sizeFit,
                profileFit, interest, effort, adoption, needs, priorities, bottlenecks, missing, misfits, newUnlocks);
    }

    /** The part of the score that comes from what it unlocks in technologies ranked above (0 for most). */
    public double foundation() {
        return unlocks.stream().mapToDouble(Unlock::score).sum();
    }

    /**
     * A technology ranked above that needs this one first (it is a missing prerequisite, or addresses a
     * missing prerequisite level), with the part of that technology's score the want of it withholds.
     */
    public record Unlock(String technologyId, double score) {
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
