package nl.maakscan.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyRowsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "milling", "turning,milling", "a \"quoted\" id,x", "back\\slash", "comma\",\"inside",
            "spaces ,  around"})
    void processesGoInAndComeOutTheSame(String joined) {
        List<String> ids = joined.isEmpty() ? List.of() : List.of(joined.split(","));
        assertThat(CompanyRows.ids(CompanyRows.json(ids))).isEqualTo(ids);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[ \"a\" , \"b\" ]", "[\"a\", \"b\"]"})
    void listsWrittenByOtherToolsAreReadToo(String json) {
        assertThat(CompanyRows.ids(json)).containsExactly("a", "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{}", "[1, 2]"})
    void anythingElseReadsAsNoIds(String json) {
        assertThat(CompanyRows.ids(json)).isEmpty();
    }
}
