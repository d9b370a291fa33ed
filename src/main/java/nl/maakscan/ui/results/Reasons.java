package nl.maakscan.ui.results;

import nl.maakscan.advice.FinancingMatch;
import nl.maakscan.advice.LeftOut;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.ui.Texts;

import java.util.ArrayList;
import java.util.List;

/** The reasons behind a recommendation as short sentences for the screen. */
final class Reasons {

    private final Questionnaire q;
    private final Texts t;

    Reasons(Questionnaire q, Texts t) {
        this.q = q;
        this.t = t;
    }

    /** The bottlenecks it relieves, then the driver answers below good practice, each with its note. */
    String needs(Recommendation r) {
        List<String> parts = new ArrayList<>();
        r.bottlenecks().stream().limit(2).forEach(b -> parts.add(noted(t.format("reason.bottleneck",
                question(b.questionId()), b.level(), b.relieves()), b.note())));
        r.needs().stream().filter(n -> n.gap() > 0).limit(3).forEach(n -> parts.add(noted(n.level() == null
                ? t.format("reason.needUnknown", question(n.questionId()))
                : t.format(n.targetSetByUser() ? "reason.needOwnTarget" : "reason.need", question(n.questionId()),
                        t.level(n.level()), n.target()), n.note())));
        return join(parts);
    }

    private String noted(String sentence, String note) {
        return note == null || note.isBlank() ? sentence : t.format("reason.note", sentence, note.strip());
    }

    private String question(String id) {
        return q.question(id).orElseThrow().text().get(t.language());
    }

    String priorities(Recommendation r) {
        return join(r.priorities().stream().filter(p -> p.technologyWeight() > 0 && p.ownerWeight() > 0)
                .map(p -> t.format("reason.priority", q.priority(p.priorityId()).orElseThrow().name()
                        .get(t.language()), p.ownerWeight())).toList());
    }

    String missing(Recommendation r) {
        return join(r.missing().stream().map(m -> m.isTechnology()
                ? t.format("reason.missingTechnology", q.technology(m.technologyId()).orElseThrow().name()
                        .get(t.language()))
                : t.format("reason.missingLevel", q.question(m.questionId()).orElseThrow().text().get(t.language()),
                        m.required())).toList());
    }

    /** Why a technology is not advised (for the results and the review). */
    String leftOut(LeftOut out) {
        String current = out.current() == null ? "-" : out.current().toString();
        return switch (out.why()) {
            case PROCESS -> t.format("leftOut.PROCESS", String.join(", ", List.of(out.subject().split(", ")).stream()
                    .map(id -> q.profile().processes().stream().filter(c -> c.id().equals(id)).findFirst()
                            .map(c -> c.name().get(t.language())).orElse(id)).toList()));
            case SIZE -> t.format("leftOut.SIZE", out.required(), current);
            case LEVEL -> t.format("leftOut.LEVEL", question(out.subject()), out.required(), current);
            case TECHNOLOGY -> t.format("leftOut.TECHNOLOGY", q.technology(out.subject()).orElseThrow().name()
                    .get(t.language()), current);
            default -> t.get("leftOut." + out.why().name());
        };
    }

    /** The instruments that may pay for a step, with their estimated amounts. */
    String funding(List<FinancingMatch> matches) {
        return String.join(", ", matches.stream().map(m -> {
            String name = q.instrument(m.instrumentId()).map(i -> i.name().get(t.language())).orElse(m.instrumentId());
            return m.amount() == null ? name : t.format("reason.amount", name, Math.round(m.amount()));
        }).toList());
    }

    private static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}
