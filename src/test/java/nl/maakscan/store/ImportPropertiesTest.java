package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import nl.maakscan.store.JsonMutations.Place;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad files fed to {@code maakscan import} (the command line, as a user runs it): malformed and
 * truncated JSON, wrong types, unknown ids and fields, huge strings, duplicate ids and fields. Every
 * case ends in a message that names the file and the place, exit code 1, and a database that is
 * byte for byte the one before.
 */
class ImportPropertiesTest {

    /** A file to import: a damaged bundle or answers file, and the place the message should name. */
    record Case(String name, byte[] bytes, String place) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes" + (place == null ? "" : ", at " + place) + ")";
        }
    }

    private static Path dir;
    private static Path seed;
    private static String seedHash;
    private static JsonNode bundle;
    private static JsonNode answers;

    @BeforeContainer
    static void prepare() throws Exception {
        dir = Files.createTempDirectory("maakscan-import-properties");
        Path source = dir.resolve("source/maakscan.db");
        Path samples = Path.of(ImportPropertiesTest.class.getResource("/samples").toURI());
        ok(CliTest.run("--db", source.toString(), "import", samples.resolve("02-sheet-metal-fabricator.json")
                .toString(), samples.resolve("03-assembly-no-sheet-no-welding.json").toString()));
        try (Store store = Store.open(source, Store.Options.defaults().withBackupsKept(0))) {
            AssessmentInfo first = store.listAssessments().get(0);
            String dimension = store.questionnaire(first.contentHash()).dimensions().get(0).id();
            store.saveTarget(first.id(), dimension, 4);
            store.finish(store.listAssessments().get(1).id());
        }
        Path out = dir.resolve("bundle.json");
        ok(CliTest.run("--db", source.toString(), "export", "--all", "--out", out.toString()));
        bundle = JsonMutations.tree(Files.readAllBytes(out));
        answers = JsonMutations.tree(Files.readAllBytes(samples.resolve("04-coating-energy.json")));
        seed = dir.resolve("seed/maakscan.db");
        ok(CliTest.run("--db", seed.toString(), "import", samples.resolve("01-high-mix-job-shop.json").toString()));
        seedHash = sha256(seed);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        delete(dir);
    }

    @Property
    void aTruncatedFileImportsNothing(@ForAll("truncated") Case c) throws Exception {
        refused(c);
    }

    @Property
    void aValueOfTheWrongTypeImportsNothing(@ForAll("wrongTypes") Case c) throws Exception {
        refused(c);
    }

    @Property
    void anUnknownIdOrFieldImportsNothing(@ForAll("unknownNames") Case c) throws Exception {
        refused(c);
    }

    @Property
    void aHugeStringImportsNothing(@ForAll("hugeStrings") Case c) throws Exception {
        refused(c);
    }

    @Property
    void aDuplicateIdOrFieldImportsNothing(@ForAll("duplicates") Case c) throws Exception {
        refused(c);
    }

    @Property
    void randomDamageImportsAllOrNothing(@ForAll("damaged") Case c) throws Exception {
        Path work = Files.createTempDirectory(dir, "try");
        try {
            Run r = importInto(work, c);
            if (r.exit() == 0) {
                assertThat(r.out()).contains("created");
                storedAsInTheFile(work, c);
            } else {
                clearRefusal(r, work.resolve("in.json"), null);
                assertThat(sha256(work.resolve("maakscan.db"))).isEqualTo(seedHash);
            }
        } finally {
            delete(work);
        }
    }

    // ---------------------------------------------------------------- the cases

    private static Arbitrary<JsonNode> files() {
        return Arbitraries.of(bundle, answers);
    }

    private static String name(JsonNode file) {
        return file == bundle ? "bundle" : "answers file";
    }

    private static String place(JsonNode file, Place p) {
        return file == bundle ? p.bundleStyle() : p.dotted();
    }

    @Provide
    Arbitrary<Case> truncated() {
        return files().flatMap(f -> {
            byte[] all = JsonMutations.bytes(f);
            return Arbitraries.integers().between(0, all.length - 2)
                    .map(n -> new Case(name(f) + " cut after " + n + " bytes", Arrays.copyOf(all, n), null));
        });
    }

    @Provide
    Arbitrary<Case> wrongTypes() {
        return files().flatMap(f -> Arbitraries.of(JsonMutations.places(f)).flatMap(p ->
                Arbitraries.of(JsonMutations.otherTypes(f, p)).map(v -> new Case(
                        name(f) + " with " + v + " at " + place(f, p),
                        JsonMutations.bytes(JsonMutations.replaced(f, p, v)), place(f, p)))));
    }

    @Provide
    Arbitrary<Case> unknownNames() {
        Arbitrary<String> names = Arbitraries.strings().alpha().numeric().withChars('-', '_', ' ', 'é')
                .ofMinLength(1).ofMaxLength(30).map(s -> "zz" + s);
        return files().flatMap(f -> Combinators.combine(Arbitraries.of(JsonMutations.objects(f)), names)
                .as((p, n) -> {
                    ObjectNode copy = (ObjectNode) f.deepCopy();
                    ((ObjectNode) JsonMutations.at(copy, p)).put(n, 4);
                    return new Case(name(f) + " with field " + n + " in " + place(f, p),
                            JsonMutations.bytes(copy), place(f, new Place(Stream.concat(p.segments().stream(),
                                    Stream.of(n)).toList())));
                }));
    }

    @Provide
    Arbitrary<Case> hugeStrings() {
        Arbitrary<String> huge = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(20_001)
                .ofMaxLength(200_000);
        return files().flatMap(f -> Combinators.combine(Arbitraries.of(JsonMutations.places(f).stream()
                .filter(p -> JsonMutations.at(f, p).isValueNode()).toList()), huge).as((p, s) -> new Case(
                        name(f) + " with " + s.length() + " characters at " + place(f, p),
                        JsonMutations.bytes(JsonMutations.replaced(f, p, JsonNodeFactory.instance.textNode(s))),
                        place(f, p))));
    }

    @Provide
    Arbitrary<Case> duplicates() {
        Arbitrary<Case> fields = files().flatMap(f -> Arbitraries.of(JsonMutations.objects(f).stream()
                .filter(p -> JsonMutations.at(f, p).size() > 0).toList()).map(p -> new Case(
                        name(f) + " with a field written twice in " + place(f, p),
                        JsonMutations.withDuplicateField(f, p), null)));
        Arbitrary<Case> records = Arbitraries.of(0, 1).flatMap(from -> Arbitraries.of(0, 1).map(to -> {
            ObjectNode copy = bundle.deepCopy();
            ArrayNode companies = (ArrayNode) copy.get("companies");
            ((ArrayNode) companies.get(to).get("assessments")).add(companies.get(from).get("assessments").get(0));
            return new Case("bundle with assessment " + from + " also in company " + to, JsonMutations.bytes(copy),
                    to < from ? "companies[" + from + "].assessments[0].id" // the later one is named
                            : "companies[" + to + "].assessments[1].id");
        }));
        ObjectNode twice = bundle.deepCopy();
        ((ArrayNode) twice.get("companies")).add(twice.get("companies").get(0).deepCopy());
        Case company = new Case("bundle with company 0 twice", JsonMutations.bytes(twice), "companies[2].id");
        return Arbitraries.frequencyOf(List.of(Tuple.of(5, fields), Tuple.of(2, records),
                Tuple.of(1, Arbitraries.just(company))));
    }

    @Provide
    Arbitrary<Case> damaged() {
        Arbitrary<Character> junk = Arbitraries.oneOf(Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '\\', '\0'),
                Arbitraries.chars());
        return files().flatMap(f -> {
            byte[] all = JsonMutations.bytes(f);
            return Combinators.combine(Arbitraries.integers().between(0, all.length - 1).list().ofMinSize(1)
                    .ofMaxSize(5), junk.list().ofSize(5)).as((at, with) -> {
                        StringBuilder s = new StringBuilder(new String(all, java.nio.charset.StandardCharsets.UTF_8));
                        for (int i = 0; i < at.size(); i++) {
                            int p = Math.min(at.get(i), s.length() - 1);
                            s.setCharAt(p, with.get(i));
                        }
                        return new Case(name(f) + " with characters changed at " + at, s.toString()
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
                    });
        });
    }

    // ---------------------------------------------------------------- checks

    private static void refused(Case c) throws Exception {
        Path work = Files.createTempDirectory(dir, "try");
        try {
            Run r = importInto(work, c);
            clearRefusal(r, work.resolve("in.json"), c.place());
            assertThat(sha256(work.resolve("maakscan.db"))).as("the database after %s", c).isEqualTo(seedHash);
            assertThat(work.resolve("maakscan.db-wal")).doesNotExist();
        } finally {
            delete(work);
        }
    }

    /**
     * What a file that was accepted says is what the database holds now: every company of a bundle
     * by id with its name, every assessment by id with its label and answers; for an answers file its
     * company and assessment label.
     */
    private static void storedAsInTheFile(Path work, Case c) throws IOException {
        JsonNode in = JsonMutations.tree(c.bytes());
        Path out = work.resolve("out.json");
        ok(CliTest.run("--db", work.resolve("maakscan.db").toString(), "export", "--all", "--out", out.toString()));
        JsonNode stored = JsonMutations.tree(Files.readAllBytes(out));
        if (in.path("format").asText().equals(AnswersFile.FORMAT)) {
            String name = in.path("company").path("name").asText().strip();
            assertThat(stored.path("companies").findValuesAsText("name")).as(c.toString()).contains(name);
            return;
        }
        for (JsonNode company : in.path("companies")) {
            JsonNode kept = byId(stored.path("companies"), company.path("id").asText(), c);
            assertThat(kept.path("name").asText()).as(c.toString()).isEqualTo(company.path("name").asText().strip());
            for (JsonNode assessment : company.path("assessments")) {
                JsonNode a = byId(kept.path("assessments"), assessment.path("id").asText(), c);
                assertThat(a.path("label").asText("")).as(c.toString())
                        .isEqualTo(assessment.path("label").asText("").strip());
                assessment.path("answers").properties().forEach(e -> assertThat(
                        a.path("answers").path(e.getKey()).path("value")).as(c + " " + e.getKey())
                        .isEqualTo(e.getValue().path("value")));
            }
        }
    }

    private static JsonNode byId(JsonNode list, String id, Case c) {
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(c + ": " + id + " was accepted but is not stored");
    }

    private static Run importInto(Path work, Case c) throws IOException {
        Files.copy(seed, work.resolve("maakscan.db"));
        Path file = Files.write(work.resolve("in.json"), c.bytes());
        return CliTest.run("--db", work.resolve("maakscan.db").toString(), "import", "--lang", "en",
                file.toString());
    }

    /** Exit code 1, the file named, "nothing imported", the place named (or a record around it), no trace. */
    private static void clearRefusal(Run r, Path file, String place) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(file.toString()).containsIgnoringCase("nothing from this file was imported")
                .doesNotContain("Exception", "\tat ", "cannot be used");
        assertThat(r.err().length()).as(r.err()).isLessThan(2_000);
        if (place != null) {
            assertThat(r.err()).containsAnyOf(place, parent(place), parent(parent(place)));
        }
    }

    private static String parent(String place) {
        int cut = Math.max(place.lastIndexOf('.'), place.lastIndexOf('['));
        return cut <= 0 ? place : place.substring(0, cut);
    }

    private static void ok(Run r) {
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
