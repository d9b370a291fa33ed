package nl.maakscan.app;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.LeftOut;
import nl.maakscan.advice.ReasonWords;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.Texts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The advice as plain text for the terminal, in Dutch or English. */
final class AdviceText {

    private final Questionnaire q;
    private final String language;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Texts words;
    private final ReasonWords reasons;

    AdviceText(Questionnaire q, String language) {
        this.q = q;
        this.language = language;
        this.texts = Cli.texts(language);
        this.locale = Locale.forLanguageTag(language);
        this.words = new Texts(language);
        this.reasons = new ReasonWords(q, words.language());
    }

    private String t(String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private String num(Double value, String pattern) {
        return value == null ? "-" : String.format(locale, pattern, value);
    }

    /** The advice of a report input, with the adviser's conclusions and the previous plan's steps when known. */
    String render(nl.maakscan.report.ReportInput in, java.time.LocalDate date) {
        StringBuilder s = new StringBuilder(render(in.company(), in.advice(), date));
        var c = in.conclusions();
        if (!c.isEmpty()) {
            s.append('\n').append(words.t("conclusions.overall")).append(":\n");
            if (c.method() != null) {
                String method = words.t("assessmentMethod." + c.method().id());
                s.append("  ").append(words.t("cover.method")).append(": ").append(c.participants() == null ? method
                        : words.t("cover.methodWith", method, c.participants())).append('\n');
            }
            if (c.overall() != null) {
                s.append("  ").append(c.overall().strip()).append('\n');
            }
            for (var d : q.maturityDimensions()) {
                String text = c.dimension(d.id());
                if (text != null) {
                    s.append("  ").append(d.name().get(language)).append(": ").append(text.strip()).append('\n');
                }
            }
        }
        if (in.previous() != null && in.previous().plan() != null) {
            java.util.Map<String, nl.maakscan.model.PlanStepStatus> recorded = new java.util.HashMap<>();
            in.tracking().forEach(x -> recorded.put(x.key(), x));
            s.append('\n').append(t("advise.previousPlan", in.previous().label() == null ? "-"
                    : in.previous().label())).append('\n');
            for (var step : in.previous().plan().steps()) {
                var r = recorded.get(nl.maakscan.model.PlanStepStatus.key(step.technologyId(), step.supportType()));
                String status = words.t("stepStatus." + (r == null || r.status() == null ? "unknown"
                        : r.status().id()));
                s.append(String.format(locale, "  %2d. %s: %s - %s%s%n", step.number(),
                        reasons.technology(step.technologyId()), words.t("support." + step.supportType().id()),
                        status, r == null || r.note() == null || r.note().isBlank() ? "" : " (" + r.note().strip()
                                + ")"));
            }
        }
        return s.toString();
    }

    String render(Company company, Advice advice, java.time.LocalDate date) {
        StringBuilder s = new StringBuilder();
        s.append(q.title().get(language)).append(' ').append(q.version());
        if (company.name() != null) {
            s.append(" - ").append(company.name());
        }
        s.append("\n\n");
        var scores = advice.scores();
        s.append(t("advise.overall", num(scores.overallLevel(), "%.1f"), num(scores.overallScore(), "%.0f"),
                num(scores.confidence() == null ? null : scores.confidence() * 100, "%.0f"))).append("\n\n");
        s.append(t("advise.dimensions")).append('\n');
        for (DimensionScore d : scores.dimensions()) {
            String name = q.dimension(d.dimensionId()).orElseThrow().name().get(language);
            s.append(String.format(locale, "  %-45s %s  (%s/100)  %s%n", name, num(d.level(), "%.1f"),
                    num(d.score(), "%3.0f"), t("advise.target", d.target())));
        }
        s.append('\n').append(t("advise.recommendations")).append('\n');
        if (advice.recommendations().isEmpty()) {
            s.append("  ").append(t("advise.none")).append('\n');
        }
        for (Recommendation r : advice.recommendations().subList(0, Math.min(10, advice.recommendations().size()))) {
            s.append(String.format(locale, "%3d. %s  (%s %.2f)%n", r.rank(), r.technology().name().get(language),
                    t("advise.score"), r.score()));
            s.append("     ").append(t("advise.because")).append(' ')
                    .append(String.join("; ", java.util.stream.Stream.concat(reasons.unlocks(r).stream(),
                            reasons.needs(r).stream()).toList())).append('\n');
            if (!r.bottlenecks().isEmpty()) {
                s.append("     ").append(t("advise.bottlenecks")).append(' ')
                        .append(String.join("; ", reasons.bottlenecks(r))).append('\n');
            }
            s.append("     ").append(t("advise.terms", r.impact(), r.gap(), r.bottleneck(), r.readiness(),
                    r.effort())).append('\n');
            s.append("     ").append(t("advise.priorities")).append(' ')
                    .append(String.join("; ", reasons.priorities(r, 3))).append('\n');
            if (!r.missing().isEmpty()) {
                s.append("     ").append(t("advise.missing")).append(' ')
                        .append(String.join("; ", reasons.missing(r.missing()))).append('\n');
            }
            if (r.sizeWarning()) {
                s.append("     ").append(t("advise.sizeWarning")).append('\n');
            }
            if (r.profileWarning()) {
                s.append("     ").append(t("advise.misfits")).append(' ')
                        .append(String.join("; ", reasons.misfits(r))).append('\n');
            }
            s.append("     ").append(t("advise.firstStep")).append(' ')
                    .append(r.technology().firstStep().get(language)).append('\n');
            if (r.technology().result() != null) {
                s.append("     ").append(t("advise.result")).append(' ')
                        .append(r.technology().result().get(language)).append('\n');
            }
        }
        leftOut(s, advice);
        new PlanText(q, words, reasons).append(s, advice.plan(), date);
        s.append('\n').append(q.financing().caveat().get(language)).append(' ')
                .append(t("advise.financingDate", q.financing().validFrom())).append('\n');
        return s.toString();
    }

    /** The technologies not advised, with the condition that failed (those in use are left unsaid). */
    private void leftOut(StringBuilder s, Advice advice) {
        List<LeftOut> shown = advice.leftOut().stream().filter(o -> o.why() != LeftOut.Why.IN_USE).toList();
        if (shown.isEmpty()) {
            return;
        }
        s.append('\n').append(t("advise.leftOut")).append('\n');
        for (LeftOut out : shown) {
            s.append("  - ").append(out.technology().name().get(language)).append(": ")
                    .append(reasons.leftOut(out)).append('\n');
        }
    }
}
