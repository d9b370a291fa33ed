package nl.maakscan.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource bundle has the same keys in Dutch and English, and every key of the ui bundle is used. */
class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl/maakscan/ui/messages", "/nl/maakscan/app/cli", "/nl/maakscan/content/problems",
            "/nl/maakscan/store/messages", "/nl/maakscan/report/report", "/nl/maakscan/advice/reasons"})
    void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties nl = load(bundle + "_nl.properties");
        Properties en = load(bundle + "_en.properties");
        Properties fallback = load(bundle + ".properties");

        assertThat(new TreeSet<>(nl.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(new TreeSet<>(fallback.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        nl.stringPropertyNames().forEach(k -> assertThat(nl.getProperty(k)).as(k).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ui", "content"})
    void everyKeyIsUsedInTheSource(String pkg) throws IOException {
        String bundle = pkg.equals("ui") ? "/nl/maakscan/ui/messages_en.properties"
                : "/nl/maakscan/content/problems_en.properties";
        Set<String> keys = new TreeSet<>(load(bundle).stringPropertyNames());
        StringBuilder source = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/maakscan"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                source.append(Files.readString(f));
            }
        }
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"").matcher(source);
        while (m.find()) {
            used.add(m.group(1));
        }
        // "what.X" keys are built from the literal "X" passed with a ref.unknown problem
        Matcher what = Pattern.compile("\"([a-zA-Z]+)\"").matcher(source);
        while (what.find()) {
            used.add("what." + what.group(1));
        }
        // keys built from a literal prefix and an id or enum name ("step." + kind, "support." + type.id())
        Matcher prefix = Pattern.compile("\"([a-zA-Z]+\\.)\"").matcher(source);
        Set<String> prefixes = new TreeSet<>();
        while (prefix.find()) {
            prefixes.add(prefix.group(1));
        }
        keys.removeIf(k -> used.contains(k) || prefixes.stream().anyMatch(k::startsWith));
        assertThat(keys).as("keys never used in the code").isEmpty();
    }
}
