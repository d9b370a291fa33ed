package nl.maakscan.model;

/**
 * Where the company stands with one technology of the catalogue: adoption 0-5 (not used, considering,
 * trying out, testing, implementing, in use) or "not relevant", with an optional note.
 */
public record AdoptionAnswer(Integer level, boolean notRelevant, String note) {

    /** Adoption from which a technology counts as in use for prerequisites and is no longer advised. */
    public static final int IN_USE_FROM = 4;

    public AdoptionAnswer {
        if (notRelevant && level != null) {
            throw new IllegalArgumentException("a not relevant answer has no level");
        }
        if (!notRelevant && (level == null || level < 0 || level > 5)) {
            throw new IllegalArgumentException("adoption must be 0..5, was " + level);
        }
    }

    public static AdoptionAnswer level(int level) {
        return new AdoptionAnswer(level, false, null);
    }

    public static AdoptionAnswer irrelevant() {
        return new AdoptionAnswer(null, true, null);
    }

    public boolean inUse() {
        return !notRelevant && level >= IN_USE_FROM;
    }
}
