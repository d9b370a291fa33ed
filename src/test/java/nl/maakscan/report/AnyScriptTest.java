package nl.maakscan.report;

import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.store.AnswersFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Names and notes in any script, and very long notes, never break the report. */
class AnyScriptTest {

    static final String NAME = "Zakład Łódź – Çelik Döküm Şti. – Ελληνική Μηχανική – 上海精密机械 – Fräserei 🔧😀";

    @TempDir
    static Path dir;

    private static Path pdf;
    private static PdfText text;
    private static String note;

    @BeforeAll
    static void writeAReportWithAForeignNameAndALongNote() throws Exception {
        AnswersFile.Filled f = Samples.filled("01-high-mix-job-shop.json");
        Company c = f.company();
        Company company = new Company(c.id(), NAME, "12345678", c.sector(), c.employees(), c.processes(),
                "Gdańsk / İzmir / Αθήνα", "Zoë Øster-Ñúñez");
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (s.length() < 4_700) {
            s.append("Zin ").append(++i).append(": de machine staat stil omdat het programma niet klaar is; ");
        }
        s.append("https://example.org/").append("x".repeat(280));
        note = s.substring(0, 5_000 - 12) + " EINDE-NOTITIE";
        Assessment a = f.assessment();
        Map<String, LevelAnswer> answers = new LinkedHashMap<>(a.answers());
        String first = answers.keySet().iterator().next();
        answers.put(first, answers.get(first).withNote(note));
        answers.put("prep-cam", LevelAnswer.level(2).withNote("Ścieżka narzędzia: ąęłńóśźż, İıĞğŞş, αβγδ, 中文 🙂"));
        Map<String, AdoptionAnswer> technologies = new LinkedHashMap<>(a.technologies());
        String tech = Samples.questionnaire(f).technologies().get(0).id();
        technologies.put(tech, new AdoptionAnswer(1, false, note.replace("EINDE-NOTITIE", "TECHNIEK-EINDE")));
        Assessment changed = new Assessment(a.id(), "T0 – ünïcödé", a.assessor(), a.date(), a.priorities(), answers,
                technologies, a.targets());
        ReportInput in = Samples.input(Samples.questionnaire(f), changed, company, null, "nl", null);
        pdf = dir.resolve("any-script.pdf");
        ReportGenerator.write(in, pdf, Progress.NONE);
        text = PdfText.read(pdf);
    }

    @Test
    void latinGreekAndTurkishLettersAreKeptAndMissingOnesShowAsABox() {
        String cover = text.page(1);
        assertThat(cover).contains("Zakład Łódź", "Çelik Döküm Şti.", "Ελληνική Μηχανική", "Fräserei",
                "Gdańsk / İzmir / Αθήνα");
        assertThat(cover).doesNotContain("上海").contains(ReportGenerator.REPLACEMENT);
        assertThat(text.all()).contains("Ścieżka narzędzia: ąęłńóśźż, İıĞğŞş, αβγδ");
    }

    @Test
    void aLongNameIsShortenedInTheRunningHeaderSoThatItStaysOnOneLine() {
        String header = text.pages().get(1).split("\\R")[0];
        assertThat(header).startsWith("Zakład Łódź").contains("\u2026 · T0");
    }

    @Test
    void aFiveThousandCharacterNoteFlowsOnToTheNextPageAndEndsThere() {
        int start = text.pageOf("Zin 1: de machine");
        int end = text.pageOf("EINDE-NOTITIE");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        assertThat(text.all().replace(" ", "")).contains(note.replace(" ", "").substring(4_000));
        assertThat(text.pageOf("TECHNIEK-EINDE")).isPositive();
    }

    @Test
    void nothingLeavesThePageAndThePdfStaysPdfA() throws Exception {
        assertThat(text.outside()).isEmpty();
        assertThat(text.nearlyEmptyPages(40)).isEmpty();
        assertThat(PdfA.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }
}
