package nl.maakscan.ui.results;

import nl.maakscan.advice.ReasonWords;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reasons behind a recommendation for the screen: the same sentences as the report ({@link ReasonWords}), fewer
 * of them, joined on one line.
 */
final class Reasons {

    /** Bottlenecks, driver answers and priorities shown per recommendation. */
    static final int BOTTLENECKS = 2;
    static final int NEEDS = 3;
    static final int PRIORITIES = 3;

    private final ReasonWords words;

    Reasons(Questionnaire q, String language) {
        this.words = new ReasonWords(q, language);
    }

    /**
     * The technologies above that need it first, the bottlenecks it relieves, then the driver answers below
     * good practice, each with its note, then the kind of work it suits less (a profile answer outside its
     * fit), if any.
     */
    String needs(Recommendation r) {
        List<String> parts = new ArrayList<>(words.unlocks(r));
        parts.addAll(words.bottlenecks(r).stream().limit(BOTTLENECKS).toList());
        parts.addAll(words.needs(r).stream().limit(NEEDS).toList());
        parts.addAll(words.misfits(r));
        return join(parts.stream());
    }

    String priorities(Recommendation r) {
        return join(words.priorities(r, PRIORITIES).stream());
    }

    String missing(Recommendation r) {
        return join(words.missing(r.missing()).stream());
    }

    private static String join(Stream<String> parts) {
        return String.join("; ", parts.toList());
    }
}
