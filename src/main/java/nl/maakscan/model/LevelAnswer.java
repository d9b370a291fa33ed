package nl.maakscan.model;

/**
 * The answer to a level question: a level 0-5, "not applicable" or "don't know", with an optional
 * note or evidence.
 */
public record LevelAnswer(Kind kind, Integer level, String note) {

    public enum Kind { LEVEL, NOT_APPLICABLE, DONT_KNOW }

    public LevelAnswer {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.LEVEL) {
            if (level == null || level < Question.MIN_LEVEL || level > Question.MAX_LEVEL) {
                throw new IllegalArgumentException("level must be 0..5, was " + level);
            }
        } else if (level != null) {
            throw new IllegalArgumentException("only a LEVEL answer has a level");
        }
    }

    public static LevelAnswer level(int level) {
        return new LevelAnswer(Kind.LEVEL, level, null);
    }

    public static LevelAnswer notApplicable() {
        return new LevelAnswer(Kind.NOT_APPLICABLE, null, null);
    }

    public static LevelAnswer dontKnow() {
        return new LevelAnswer(Kind.DONT_KNOW, null, null);
    }

    public LevelAnswer withNote(String newNote) {
        return new LevelAnswer(kind, level, newNote);
    }

    public boolean hasLevel() {
        return kind == Kind.LEVEL;
    }
}
