package nl.maakscan.report;

import nl.maakscan.model.Conclusions;

/**
 * Prints the adviser's conclusions: the overall one in the summary, one per topic in its section, and the method
 * on the cover. A text is split into paragraphs at blank lines and keeps its line breaks.
 */
final class AdviserConclusions {

    private final ReportContext c;

    AdviserConclusions(ReportContext c) {
        this.c = c;
    }

    /** The overall conclusion under its heading; nothing when there is none. */
    void overall(Html h) {
        String text = c.in.conclusions().overall();
        if (text != null && !text.isBlank()) {
            h.open("div", "class", "conclusion keep");
            h.el("h2", c.t("conclusions.overall"));
            paragraphs(h, text);
            h.close("div");
        }
    }

    /** The conclusion on one topic; nothing when there is none. */
    void dimension(Html h, String dimensionId) {
        String text = c.in.conclusions().dimension(dimensionId);
        if (text != null && !text.isBlank()) {
            h.open("div", "class", "conclusion");
            h.el("h3", c.t("conclusions.topic"));
            paragraphs(h, text);
            h.close("div");
        }
    }

    /** The method in words for the cover, e.g. "Interview with the adviser (owner, planner)"; null when unstated. */
    String method() {
        Conclusions k = c.in.conclusions();
        String participants = k.participants() == null || k.participants().isBlank() ? null : k.participants();
        if (k.method() == null) {
            return participants == null ? null : c.t("cover.participants", participants);
        }
        String method = c.t("assessmentMethod." + k.method().id());
        return participants == null ? method : c.t("cover.methodWith", method, participants);
    }

    private static void paragraphs(Html h, String text) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            String[] lines = paragraph.strip().split("\\R");
            h.open("p");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    h.empty("br");
                }
                h.text(lines[i].strip());
            }
            h.close("p");
        }
    }
}
