package nl.maakscan.content;

/** One problem in a questionnaire file, with its position (1-based line and column). */
public record Problem(String file, int line, int column, String message) {

    /** {@code FILE:LINE:COLUMN: message}, the form editors and build tools understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
