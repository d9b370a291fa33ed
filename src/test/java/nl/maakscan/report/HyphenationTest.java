package nl.maakscan.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HyphenationTest {

    @ParameterizedTest
    @CsvSource({
            "nl, Kleinschaligheidsinvesteringsaftrek, Klein-scha-lig-heids-in-ves-te-rings-af-trek",
            "nl, haalbaarheidsonderzoek, haal-baar-heids-on-der-zoek",
            "nl, gereedschapsbeheer, ge-reed-schaps-be-heer",
            "en, implementation, im-ple-ment-a-tion",
            "en, maintenance, main-ten-ance"})
    void wordsBreakAtTheirSyllables(String language, String word, String expected) {
        assertThat(Hyphenation.of(language).word(word).replace(Hyphenation.SOFT_HYPHEN, '-')).isEqualTo(expected);
    }

    @Test
    void shortWordsCapitalsAndWebAddressesStayWhole() {
        Hyphenation nl = Hyphenation.of("nl");
        assertThat(nl.hyphenateText("de klant belt")).isEqualTo("de klant belt");
        assertThat(nl.hyphenateText("CNC ERP-SYSTEEM")).isEqualTo("CNC ERP-SYSTEEM");
        assertThat(nl.hyphenateText("zie https://www.rvo.nl/subsidies-financiering")).doesNotContain("\u00ad");
    }

    @Test
    void textKeepsItsSpacesAndPunctuationAndOnlyGainsSoftHyphens() {
        String in = "Bron: haalbaarheidsonderzoek,  (productietechniek)!\nEinde";
        String out = Hyphenation.of("nl").hyphenateText(in);
        assertThat(out).isNotEqualTo(in);
        assertThat(out.replace("\u00ad", "")).isEqualTo(in);
    }
}
