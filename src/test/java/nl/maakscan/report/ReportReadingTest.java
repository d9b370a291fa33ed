package nl.maakscan.report;

import nl.maakscan.advice.Plan;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Dimension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dutch report of sample 01 read as an owner and a subsidy officer read it: words break at syllables,
 * text copies as plain letters, headings stay with what follows, technology blocks stay whole, links work,
 * the timeline has a legend, engine figures stay in the method appendix and an old financing list is named.
 */
class ReportReadingTest {

    /** Words that broke mid-word in earlier reports. */
    private static final List<String> LONG_WORDS = List.of("Kleinschaligheidsinvesteringsaftrek",
            "haalbaarheidsonderzoek");

    @TempDir
    static Path dir;

    private static ReportInput input;
    private static Path pdf;
    private static PdfText text;

    @BeforeAll
    static void writeTheDutchReport() throws Exception {
        input = Samples.input("01-high-mix-job-shop.json", "nl");
        pdf = dir.resolve("rapport.pdf");
        ReportGenerator.write(input, pdf, Progress.NONE);
        text = PdfText.read(pdf);
    }

    @Test
    void theTextLayerHoldsNoLigaturesAndNoSoftHyphens() {
        String raw = String.join("\n", text.pages());
        assertThat(raw).doesNotContainPattern("[\\uFB00-\\uFB06]").doesNotContain("\u00ad")
                .contains("financiering", "certificaten");
    }

    @Test
    void longWordsBreakOnlyAtASyllableWithAHyphen() {
        String raw = String.join("\n", text.pages());
        int broken = 0;
        for (String word : LONG_WORDS) {
            java.util.Set<Integer> allowed = breaks(Hyphenation.of("nl").word(word));
            assertThat(text.all()).contains(word);
            for (int k = 2; k < word.length() - 1; k++) {
                String head = word.substring(0, k);
                String tail = word.substring(k);
                assertThat(raw).as(word + " broken without a hyphen after " + head)
                        .doesNotContainPattern(Pattern.quote(head) + "\\R" + Pattern.quote(tail));
                if (Pattern.compile(Pattern.quote(head) + "-\\R" + Pattern.quote(tail)).matcher(raw).find()) {
                    broken++;
                    assertThat(allowed).as(word + " broken after " + head).contains(k);
                }
            }
        }
        assertThat(broken).as("the narrow financing column breaks at least one long word").isPositive();
    }

    @Test
    void noPageEndsWithAHeading() {
        List<String> headings = new ArrayList<>();
        input.questionnaire().dimensions().forEach(d -> headings.add(d.name().get("nl")));
        input.advice().recommendations().forEach(r -> headings.add(r.rank() + ". " + r.technology().name().get("nl")));
        headings.addAll(List.of("De stappen", "Eerste drie stappen", "Relatief het sterkst", "Sterke punten",
                "Berekening van de rangorde", "Antwoorden per vraag", "Gebruik van technologieën"));
        for (int p = 1; p <= text.pageCount(); p++) {
            String last = lastLine(text.pages().get(p - 1));
            assertThat(last).as("last line of page " + p).doesNotStartWith("Wat nodig is om niveau")
                    .isNotIn(headings);
        }
    }

    @Test
    void noPageIsLessThanFortyPercentFilledUnlessAChapterFollows() {
        List<String> chapters = new Cover(new ReportContext(input)).sections().stream().map(Cover.Section::title)
                .toList();
        assertThat(text.underfilledPages(0.4, chapters)).isEmpty();
        assertThat(text.fill().subList(1, text.pageCount()).stream().filter(f -> f < 0.4).count())
                .as("only chapter ends may be short").isLessThanOrEqualTo(chapters.size());
    }

    @Test
    void aTechnologyBlockStaysOnOnePage() {
        for (Recommendation r : new ReportContext(input).shownRecommendations()) {
            String title = r.rank() + ". " + r.technology().name().get("nl");
            int page = text.pageOf(title + " ", 5);
            String onPage = text.page(page);
            assertThat(onPage.substring(onPage.indexOf(title))).as(title).contains("Eerste stap",
                    "Soort ondersteuning", "Mogelijke financiering");
        }
    }

    @Test
    void whatItTakesStaysWithItsHeading() {
        for (Dimension d : input.questionnaire().dimensions()) {
            int page = text.pageOf(d.name().get("nl") + " ", 5);
            int heading = text.pageOf("Wat nodig is om niveau", page);
            String rest = text.page(heading).substring(text.page(heading).indexOf("Wat nodig is om niveau"));
            assertThat(rest).as(d.id()).containsAnyOf("Deze vragen liggen onder het doel",
                    "Alle beantwoorde vragen zitten al");
        }
    }

    @Test
    void externalLinksAreClickable() throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(uris).contains("https://www.rvo.nl/subsidies-financiering")
                .anyMatch(u -> u.startsWith("https://www.rvo.nl/subsidies-financiering/"));
    }

    @Test
    void theTimelineHasALegendForEveryKindOfStepAndMonthColumns() {
        int plan = text.pageOf("Stappenplan Het plan telt");
        String page = text.page(plan) + " " + text.page(plan + 1);
        assertThat(page).contains("Kleur van de balk:", "Het getal in", "balk is het aantal adviseursdagen");
        for (Plan.Step s : input.advice().plan().steps()) {
            assertThat(page).contains(new Texts("nl").t("support." + s.supportType().id()));
        }
        assertThat(page).contains("1 2 3 4 5 6 7 8 9 10 11 12");
    }

    @Test
    void engineFiguresAreInTheMethodAppendixOnly() {
        int method = text.pageOf("Bijlage: werkwijze Vragenlijst");
        for (int p = 1; p < method; p++) {
            assertThat(text.page(p)).as("page " + p).doesNotContain("gereedheid", "inspanning", "Betrouwbaarheid");
        }
        Recommendation first = input.advice().recommendations().get(0);
        String appendix = text.page(method) + " " + text.page(method + 1);
        assertThat(appendix).contains("Berekening van de rangorde", "Gereedheid", "Inspanning")
                .containsPattern("1 " + Pattern.quote(first.technology().name().get("nl")) + " "
                        + Pattern.quote(new Texts("nl").num(first.score(), 2)));
    }

    @Test
    void anOldFinancingListIsNamedInThePlanAndTheAppendix() {
        String warning = "Let op: deze lijst met regelingen is van 1 januari 2025, 22 maanden voor de datum van "
                + "dit rapport.";
        int plan = text.pageOf("Stappenplan Het plan telt");
        int financing = text.pageOf("Bijlage: financiering Stand van");
        assertThat(text.page(plan) + text.page(plan + 1)).contains(warning);
        assertThat(text.page(financing)).contains(warning);
    }

    /** The last line of a page's own text, without the running header and footer. */
    private static String lastLine(String page) {
        String last = "";
        for (String line : page.split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("VOORBEELD Draaierij De Vonk") && !l.startsWith("Maakscan")) {
                last = l;
            }
        }
        return last;
    }

    /** The positions in the plain word before which a hyphenated word has a soft hyphen. */
    private static java.util.Set<Integer> breaks(String hyphenated) {
        java.util.Set<Integer> at = new java.util.TreeSet<>();
        int letters = 0;
        for (char ch : hyphenated.toCharArray()) {
            if (ch == Hyphenation.SOFT_HYPHEN) {
                at.add(letters);
            } else {
                letters++;
            }
        }
        return at;
    }
}
