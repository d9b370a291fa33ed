package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import nl.maakscan.store.JsonMutations.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad files fed to {@code maakscan import} (the command line, as a user runs it): malformed and
 * truncated JSON, wrong types, unknown ids and fields, huge strings, duplicate ids and fields. Every
 * case ends in a message that names the file and the place, exit code 1, and a database that is
 * byte for byte the one before.
 *
 * <p>The cases are drawn at random, {@value #DEFAULT_TRIES} per kind of damage by default; each test's name
 * holds its seed. A longer hunt: {@code mvn -B test -Dtest=ImportPropertiesTest -Dimport.tries=500}.
 */
class ImportPropertiesTest {

    private static final int DEFAULT_TRIES = 25;
    private static final int TRIES = Integer.getInteger("import.tries", DEFAULT_TRIES);

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

    @BeforeAll
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

    @AfterAll
    static void cleanUp() throws IOException {
        delete(dir);
    }

    @TestFactory
    Stream<DynamicTest> aTruncatedFileImportsNothing() {
        return cases("truncated", ImportPropertiesTest::truncated, ImportPropertiesTest::refused);
    }

    @TestFactory
    Stream<DynamicTest> aValueOfTheWrongTypeImportsNothing() {
        return cases("wrong type", ImportPropertiesTest::wrongType, ImportPropertiesTest::refused);
    }

    @TestFactory
    Stream<DynamicTest> anUnknownIdOrFieldImportsNothing() {
        return cases("unknown name", ImportPropertiesTest::unknownName, ImportPropertiesTest::refused);
    }

    @TestFactory
    Stream<DynamicTest> aHugeStringImportsNothing() {
        return cases("huge string", ImportPropertiesTest::hugeString, ImportPropertiesTest::refused);
    }

    @TestFactory
    Stream<DynamicTest> aDuplicateIdOrFieldImportsNothing() {
        return cases("duplicate", ImportPropertiesTest::duplicate, ImportPropertiesTest::refused);
    }

    @TestFactory
    Stream<DynamicTest> randomDamageImportsAllOrNothing() {
        return cases("random damage", ImportPropertiesTest::damaged, c -> {
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
        });
    }

    // ---------------------------------------------------------------- the cases

    /** A check of one case; may throw what the command line and the file system throw. */
    interface Check {
        void accept(Case c) throws Exception;
    }

    /**
     * {@link #TRIES} cases of one kind, each drawn from its own seed, which is in the test's name: a
     * failure is reproduced with {@code -Dimport.seed=<seed> -Dimport.tries=1}.
     */
    private static Stream<DynamicTest> cases(String kind, Function<Random, Case> make, Check check) {
        long first = Long.getLong("import.seed", new Random().nextLong());
        return LongStream.range(0, TRIES).mapToObj(i -> {
            long s = first + i;
            Case c = make.apply(new Random(s));
            return DynamicTest.dynamicTest(kind + ", seed " + s + ": " + c, () -> check.accept(c));
        });
    }

    private static <T> T any(Random r, List<T> of) {
        return of.get(r.nextInt(of.size()));
    }

    private static JsonNode file(Random r) {
        return r.nextBoolean() ? bundle : answers;
    }

    private static String name(JsonNode file) {
        return file == bundle ? "bundle" : "answers file";
    }

    private static String place(JsonNode file, Place p) {
        return file == bundle ? p.bundleStyle() : p.dotted();
    }

    private static Case truncated(Random r) {
        JsonNode f = file(r);
        byte[] all = JsonMutations.bytes(f);
        int n = r.nextInt(all.length - 1);
        return new Case(name(f) + " cut after " + n + " bytes", Arrays.copyOf(all, n), null);
    }

    private static Case wrongType(Random r) {
        JsonNode f = file(r);
        Place p = any(r, JsonMutations.places(f));
        JsonNode v = any(r, JsonMutations.otherTypes(f, p));
        return new Case(name(f) + " with " + v + " at " + place(f, p),
                JsonMutations.bytes(JsonMutations.replaced(f, p, v)), place(f, p));
    }

    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ é";

    private static Case unknownName(Random r) {
        JsonNode f = file(r);
        Place p = any(r, JsonMutations.objects(f));
        StringBuilder n = new StringBuilder("zz");
        for (int i = 1 + r.nextInt(30); i > 0; i--) {
            n.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
        }
        ObjectNode copy = (ObjectNode) f.deepCopy();
        ((ObjectNode) JsonMutations.at(copy, p)).put(n.toString(), 4);
        return new Case(name(f) + " with field " + n + " in " + place(f, p), JsonMutations.bytes(copy),
                place(f, new Place(Stream.concat(p.segments().stream(), Stream.of(n.toString())).toList())));
    }

    private static Case hugeString(Random r) {
        JsonNode f = file(r);
        Place p = any(r, JsonMutations.places(f).stream().filter(q -> JsonMutations.at(f, q).isValueNode()).toList());
        char[] huge = new char[20_001 + r.nextInt(180_000)];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = (char) ('a' + r.nextInt(26));
        }
        return new Case(name(f) + " with " + huge.length + " characters at " + place(f, p),
                JsonMutations.bytes(JsonMutations.replaced(f, p, JsonNodeFactory.instance.textNode(new String(huge)))),
                place(f, p));
    }

    /** A field written twice (5 in 8), an assessment in two companies (2 in 8), a company twice (1 in 8). */
    private static Case duplicate(Random r) {
        int kind = r.nextInt(8);
        if (kind < 5) {
            JsonNode f = file(r);
            Place p = any(r, JsonMutations.objects(f).stream().filter(q -> JsonMutations.at(f, q).size() > 0).toList());
            return new Case(name(f) + " with a field written twice in " + place(f, p),
                    JsonMutations.withDuplicateField(f, p), null);
        }
        if (kind < 7) {
            int from = r.nextInt(2);
            int to = r.nextInt(2);
            ObjectNode copy = bundle.deepCopy();
            ArrayNode companies = (ArrayNode) copy.get("companies");
            ((ArrayNode) companies.get(to).get("assessments")).add(companies.get(from).get("assessments").get(0));
            return new Case("bundle with assessment " + from + " also in company " + to, JsonMutations.bytes(copy),
                    to < from ? "companies[" + from + "].assessments[0].id" // the later one is named
                            : "companies[" + to + "].assessments[1].id");
        }
        ObjectNode twice = bundle.deepCopy();
        ((ArrayNode) twice.get("companies")).add(twice.get("companies").get(0).deepCopy());
        return new Case("bundle with company 0 twice", JsonMutations.bytes(twice), "companies[2].id");
    }

    private static final char[] JUNK = {'{', '}', '[', ']', ',', ':', '"', '\\', '\0'};

    /** One to five characters replaced, by JSON punctuation or by any character. */
    private static Case damaged(Random r) {
        JsonNode f = file(r);
        byte[] all = JsonMutations.bytes(f);
        StringBuilder s = new StringBuilder(new String(all, StandardCharsets.UTF_8));
        List<Integer> at = new ArrayList<>();
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            int p = Math.min(r.nextInt(all.length), s.length() - 1);
            at.add(p);
            s.setCharAt(p, r.nextBoolean() ? JUNK[r.nextInt(JUNK.length)] : (char) r.nextInt(Character.MAX_VALUE + 1));
        }
        return new Case(name(f) + " with characters changed at " + at, s.toString().getBytes(StandardCharsets.UTF_8),
                null);
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
