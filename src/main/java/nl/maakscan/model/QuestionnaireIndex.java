package nl.maakscan.model;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a questionnaire's questions, dimensions and technologies are, by id: the advice looks them up thousands
 * of times per assessment (the greedy ranking evaluates every technology once per place), and a scan of every
 * question each time was most of the programme overview's processor time. An index holds positions only, never
 * the questionnaire's objects, so it serves any questionnaire with the same content and always answers with the
 * objects of the questionnaire asked. The last few indexes are kept, keyed by the questionnaire's content
 * (record equality, checked by identity first); they do not keep a questionnaire alive.
 */
final class QuestionnaireIndex {

    /** How many questionnaires' indexes are kept: a database holds a few versions at most. */
    static final int KEPT = 8;

    private static volatile QuestionnaireIndex[] recent = new QuestionnaireIndex[0];

    private final WeakReference<Questionnaire> key;
    /** Question id to the position of its (first) dimension and its position in that dimension. */
    private final Map<String, int[]> questions;
    private final Map<String, Integer> technologies;
    private final int[] maturity;

    private QuestionnaireIndex(Questionnaire key, Map<String, int[]> questions, Map<String, Integer> technologies,
            int[] maturity) {
        this.key = new WeakReference<>(key);
        this.questions = questions;
        this.technologies = technologies;
        this.maturity = maturity;
    }

    static QuestionnaireIndex of(Questionnaire q) {
        QuestionnaireIndex[] kept = recent;
        for (QuestionnaireIndex i : kept) {
            if (i.key.get() == q) {
                return i;
            }
        }
        for (QuestionnaireIndex i : kept) {
            Questionnaire other = i.key.get();
            if (other != null && other.equals(q)) {
                return remember(new QuestionnaireIndex(q, i.questions, i.technologies, i.maturity));
            }
        }
        return remember(build(q));
    }

    private static synchronized QuestionnaireIndex remember(QuestionnaireIndex index) {
        QuestionnaireIndex[] kept = recent;
        QuestionnaireIndex[] next = new QuestionnaireIndex[Math.min(KEPT, kept.length + 1)];
        next[0] = index;
        System.arraycopy(kept, 0, next, 1, next.length - 1);
        recent = next;
        return index;
    }

    private static QuestionnaireIndex build(Questionnaire q) {
        Map<String, int[]> questions = new HashMap<>();
        int[] maturity = new int[q.dimensions().size()];
        int scored = 0;
        for (int d = 0; d < q.dimensions().size(); d++) {
            Dimension dimension = q.dimensions().get(d);
            if (dimension.isScored()) {
                maturity[scored++] = d;
            }
            List<Question> list = dimension.questions();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id() != null) {
                    questions.putIfAbsent(list.get(i).id(), new int[] {d, i});
                }
            }
        }
        Map<String, Integer> technologies = new HashMap<>();
        for (int t = 0; t < q.technologies().size(); t++) {
            if (q.technologies().get(t).id() != null) {
                technologies.putIfAbsent(q.technologies().get(t).id(), t);
            }
        }
        return new QuestionnaireIndex(q, Map.copyOf(questions), Map.copyOf(technologies),
                Arrays.copyOf(maturity, scored));
    }

    Question question(Questionnaire q, String questionId) {
        int[] at = questionId == null ? null : questions.get(questionId);
        return at == null ? null : q.dimensions().get(at[0]).questions().get(at[1]);
    }

    Dimension dimensionOf(Questionnaire q, String questionId) {
        int[] at = questionId == null ? null : questions.get(questionId);
        return at == null ? null : q.dimensions().get(at[0]);
    }

    Technology technology(Questionnaire q, String technologyId) {
        Integer at = technologyId == null ? null : technologies.get(technologyId);
        return at == null ? null : q.technologies().get(at);
    }

    List<Dimension> maturityDimensions(Questionnaire q) {
        Dimension[] list = new Dimension[maturity.length];
        for (int i = 0; i < maturity.length; i++) {
            list[i] = q.dimensions().get(maturity[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(list));
    }
}
