package nl.maakscan.store;

import nl.maakscan.model.LevelAnswer;

/**
 * The one encoding of an answer's kind: in the database ({@code level}, {@code n/a}, {@code dont-know}) and in
 * bundles and answers files (a level, {@link AnswersFile#NOT_APPLICABLE} or {@link AnswersFile#DONT_KNOW}).
 */
final class AnswerKinds {

    private AnswerKinds() {
    }

    /** The column {@code level_answer.kind} for an answer. */
    static String column(LevelAnswer answer) {
        return switch (answer.kind()) {
            case LEVEL -> "level";
            case NOT_APPLICABLE -> "n/a";
            case DONT_KNOW -> "dont-know";
        };
    }

    /** The answer for a row's kind and level (the note is added by the caller). */
    static LevelAnswer answer(String kind, int level) {
        return switch (kind) {
            case "level" -> LevelAnswer.level(level);
            case "n/a" -> LevelAnswer.notApplicable();
            default -> LevelAnswer.dontKnow();
        };
    }

    /** A row's kind and level as a file's value: the level, or "n/a" or "?". */
    static Object value(String kind, int level) {
        return switch (kind) {
            case "level" -> level;
            case "n/a" -> AnswersFile.NOT_APPLICABLE;
            default -> AnswersFile.DONT_KNOW;
        };
    }

    /** An answer as a file's value. */
    static Object value(LevelAnswer a) {
        return a.kind() == LevelAnswer.Kind.LEVEL ? (Object) a.level()
                : a.kind() == LevelAnswer.Kind.NOT_APPLICABLE ? AnswersFile.NOT_APPLICABLE : AnswersFile.DONT_KNOW;
    }

    /** A file's value as the column {@code level_answer.kind}. */
    static String column(Object value) {
        return value instanceof Integer ? "level" : AnswersFile.NOT_APPLICABLE.equals(value) ? "n/a" : "dont-know";
    }
}
