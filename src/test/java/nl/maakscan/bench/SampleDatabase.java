package nl.maakscan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Company;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import nl.maakscan.store.Bundles;
import nl.maakscan.store.Store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a sample database: SAMPLE DATA, not real companies. Every company is called
 * {@code VOORBEELD Bedrijf NNNN (sample)}, every assessment is made by
 * {@code Voorbeeldgegevens (sample data)}. All answers, priorities and technologies of the built-in
 * questionnaire are filled with fixed pseudo-random values (the same file every time). The data goes
 * in through the public import of bundles, in batches, so it is checked like any other import.
 * Arguments: file (default target/bench/sample.db), companies (1000), assessments per company (10).
 */
public final class SampleDatabase {

    static final String SAMPLE_PREFIX = "VOORBEELD Bedrijf ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 50;
    private static final List<String> PLACES = List.of("Enschede", "Eindhoven", "Helmond", "Almelo", "Hengelo",
            "Tilburg", "Apeldoorn", "Deventer", "Venlo", "Zwolle");

    private SampleDatabase() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/sample.db");
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int perCompany = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long t0 = System.nanoTime();
        write(file, companies, perCompany);
        System.out.printf("Sample database %s: %d companies, %d assessments (sample data), %.1f MB, written in %.1f s%n",
                file, companies, companies * perCompany, file.toFile().length() / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The standard sample database of the benchmarks, {@code sample.db} in {@code dir} (1,000 companies, 10,000
     * assessments), written first when it is not there yet.
     */
    static Path in(Path dir) {
        Path sample = dir.resolve("sample.db");
        if (!java.nio.file.Files.exists(sample)) {
            main(new String[] {sample.toString()});
        }
        return sample;
    }

    /** Writes the sample database to {@code file}, replacing what is there. */
    static void write(Path file, int companies, int perCompany) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            LoadResult builtIn = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH).get(0);
            Questionnaire q = builtIn.questionnaire();
            QuestionnaireLibrary library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of());
            Random random = new Random(20261128L);
            try (Store store = Store.open(file, Store.Options.defaults().withBackupsKept(0))) {
                // the questionnaire's files go in with one assessment made through the store itself
                Company first = store.createCompany(company(0, q, random));
                store.createAssessment(first.id(), builtIn, "T0", "Voorbeeldgegevens (sample data)");
                for (int from = 1; from < companies; from += BATCH) {
                    ObjectNode bundle = JSON.createObjectNode();
                    bundle.put("format", Bundles.FORMAT);
                    bundle.putArray("questionnaires");
                    ArrayNode list = bundle.putArray("companies");
                    for (int i = from; i < Math.min(companies, from + BATCH); i++) {
                        addCompany(list, company(i, q, random), q, perCompany, random);
                    }
                    Bundles.importFile(store, "sample-" + from + ".json",
                            JSON.writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8), "en", library);
                }
                // company 0 gets the rest of its assessments the same way
                ObjectNode bundle = JSON.createObjectNode();
                bundle.put("format", Bundles.FORMAT);
                ArrayNode list = bundle.putArray("companies");
                addCompany(list, first, q, perCompany - 1, random);
                Bundles.importFile(store, "sample-0.json", JSON.writeValueAsString(bundle)
                        .getBytes(StandardCharsets.UTF_8), "en", library);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not write the sample database " + file, e);
        }
    }

    private static Company company(int i, Questionnaire q, Random random) {
        List<Choice> sectors = q.profile().sectors();
        List<Choice> processes = q.profile().processes();
        return new Company(UUID.nameUUIDFromBytes(("sample-company-" + i).getBytes(StandardCharsets.UTF_8))
                .toString(), String.format(Locale.ROOT, "%s%04d (sample)", SAMPLE_PREFIX, i),
                String.format(Locale.ROOT, "9%07d", i), sectors.get(random.nextInt(sectors.size())).id(),
                5 + random.nextInt(46), List.of(processes.get(random.nextInt(processes.size())).id()),
                PLACES.get(random.nextInt(PLACES.size())), "Voorbeeldcontact (sample)");
    }

    private static void addCompany(ArrayNode list, Company c, Questionnaire q, int assessments, Random random) {
        Instant created = Instant.parse("2024-01-01T08:00:00Z").plus(random.nextInt(600), ChronoUnit.DAYS);
        ObjectNode n = list.addObject();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("kvk", c.kvk());
        n.put("sector", c.sector());
        n.put("employees", c.employees());
        ArrayNode processes = n.putArray("processes");
        c.processes().forEach(processes::add);
        n.put("place", c.place());
        n.put("contact", c.contact());
        n.put("created", created.toString());
        n.put("updated", created.toString());
        ArrayNode as = n.putArray("assessments");
        for (int j = 0; j < assessments; j++) {
            Instant when = created.plus(30L * (j + 1), ChronoUnit.DAYS);
            ObjectNode a = as.addObject();
            a.put("id", UUID.nameUUIDFromBytes((c.id() + "/" + j).getBytes(StandardCharsets.UTF_8)).toString());
            a.put("questionnaire", q.contentHash());
            a.put("label", "T" + (j + 1));
            a.put("assessor", "Voorbeeldgegevens (sample data)");
            a.put("date", when.toString().substring(0, 10));
            a.put("status", j == assessments - 1 ? "draft" : "final");
            a.put("created", when.toString());
            a.put("updated", when.plus(2, ChronoUnit.HOURS).toString());
            if (j != assessments - 1) {
                a.put("finished", when.plus(2, ChronoUnit.HOURS).toString());
            }
            String changed = when.plus(1, ChronoUnit.HOURS).toString();
            ObjectNode priorities = a.putObject("priorities");
            for (Priority p : q.priorities()) {
                priorities.putObject(p.id()).put("value", random.nextInt(6)).put("changed", changed);
            }
            ObjectNode answers = a.putObject("answers");
            for (Question question : q.questions()) {
                ObjectNode e = answers.putObject(question.id());
                int r = random.nextInt(20);
                if (r == 0) {
                    e.put("value", "n/a");
                } else if (r == 1) {
                    e.put("value", "?");
                } else {
                    e.put("value", Math.min(5, r / 3));
                }
                e.put("changed", changed);
            }
            ObjectNode technologies = a.putObject("technologies");
            for (Technology t : q.technologies()) {
                technologies.putObject(t.id()).put("value", random.nextInt(6)).put("changed", changed);
            }
        }
    }
}
