package nl.maakscan.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void textIsEscapedAndCharactersXmlCannotCarryAreDropped() {
        String html = new Html().el("p", "a < b & \"c\" \u0000\u0007\uFFFE\uD800 ok 中文 😀", "title", "x\"y").toString();
        assertThat(html).isEqualTo("<p title=\"x&quot;y\">a &lt; b &amp; &quot;c&quot;  ok 中文 😀</p>");
    }

    @Test
    void anAttributeWithoutValueIsLeftOutAndEmptyElementsClose() {
        assertThat(new Html().empty("img", "src", "a.png", "alt", null).toString()).isEqualTo("<img src=\"a.png\"/>");
    }

    @Test
    void aRowHasAHeaderCellAndAValue() {
        assertThat(new Html().row("Doel", "2").toString())
                .isEqualTo("<tr><th scope=\"row\">Doel</th><td>2</td></tr>");
    }
}
