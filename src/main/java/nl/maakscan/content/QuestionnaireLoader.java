package nl.maakscan.content;

import com.fasterxml.jackson.databind.JsonNode;
import nl.maakscan.content.Files.CatalogueFile;
import nl.maakscan.content.Files.DimensionsFile;
import nl.maakscan.content.Files.FinancingFile;
import nl.maakscan.content.Files.QuestionnaireFile;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Financing;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads one questionnaire (its main file and the files it names), validates all of it and reports
 * every problem with file, line and column.
 */
public final class QuestionnaireLoader {

    private final Messages messages;
    private final YamlDocuments yaml;
    /** Whether a questionnaire without {@code ranking:} takes its applicability from its newest built-in version. */
    private final boolean legacyApplicability;

    public QuestionnaireLoader(Locale locale) {
        this(locale, true);
    }

    QuestionnaireLoader(Locale locale, boolean legacyApplicability) {
        this.messages = new Messages(locale);
        this.yaml = new YamlDocuments(messages);
        this.legacyApplicability = legacyApplicability;
    }

    /** The kind a YAML file declares, or empty if it is not a readable questionnaire file. */
    public Optional<String> kindOf(byte[] bytes) {
        return yaml.kind(bytes);
    }

    /** The {@code id} and {@code version} a questionnaire's main file declares, read without loading it. */
    Optional<Map<String, String>> idAndVersion(byte[] bytes) {
        return yaml.topLevel(bytes, Set.of("kind", "id", "version"), "questionnaire")
                .filter(m -> "questionnaire".equals(m.get("kind")) && m.containsKey("id") && m.containsKey("version"));
    }

    public LoadResult load(ContentSource source) {
        List<Problem> problems = new ArrayList<>();
        Locations locations = new Locations();
        Map<String, byte[]> files = new LinkedHashMap<>();
        String mainRef = source.mainRef();
        String mainFile = source.display(mainRef);

        QuestionnaireFile main = read(source, mainRef, "questionnaire", QuestionnaireFile.class, files,
                locations, problems, null, null);
        if (main == null) {
            return new LoadResult(mainFile, null, problems, files);
        }
        List<Dimension> dimensions = new ArrayList<>();
        if (main.dimensions() != null) {
            dimensions.addAll(main.dimensions());
        }
        List<String> include = main.include() == null ? List.of() : main.include();
        for (int i = 0; i < include.size(); i++) {
            String ref = include.get(i);
            if (ref == null) {
                continue;
            }
            DimensionsFile part = read(source, ref, "dimensions", DimensionsFile.class, files, locations, problems,
                    main, new String[] {"include", Integer.toString(i)});
            if (part != null && part.dimensions() != null) {
                dimensions.addAll(part.dimensions());
            } else if (part != null) {
                problems.add(locations.problem(part, messages.format("field.missing", "dimensions")));
            }
        }
        List<Technology> technologies = new ArrayList<>();
        if (main.catalogue() == null || main.catalogue().isEmpty()) {
            problems.add(locations.problem(main, messages.format("field.missing", "catalogue")));
        } else {
            for (int i = 0; i < main.catalogue().size(); i++) {
                String ref = main.catalogue().get(i);
                if (ref == null) {
                    continue;
                }
                CatalogueFile catalogue = read(source, ref, "catalogue", CatalogueFile.class, files,
                        locations, problems, main, new String[] {"catalogue", Integer.toString(i)});
                if (catalogue != null && catalogue.technologies() == null) {
                    problems.add(locations.problem(catalogue, messages.format("field.missing", "technologies")));
                } else if (catalogue != null) {
                    technologies.addAll(catalogue.technologies());
                }
            }
        }
        Financing financing = null;
        if (main.financing() == null) {
            problems.add(locations.problem(main, messages.format("field.missing", "financing")));
        } else {
            FinancingFile f = read(source, main.financing(), "financing", FinancingFile.class, files, locations,
                    problems, main, new String[] {"financing"});
            if (f != null) {
                financing = new Financing(f.id(), f.validFrom(), f.caveat(), f.instruments());
                locations.putObject(financing, source.display(main.financing()), "");
                new InstrumentChecks(new Validator(messages, locations, problems)).checkHeader(f, financing);
            }
        }
        new Validator(messages, locations, problems).validate(main, dimensions, technologies, financing);
        if (!problems.isEmpty()) {
            return new LoadResult(mainFile, null, YamlDocuments.sorted(problems), files);
        }
        Questionnaire questionnaire = new Questionnaire(main.id(), main.version(), main.languages(), main.title(),
                main.description(), nonNull(main.sources()), main.profile(), main.priorities(), main.blocks(),
                main.investmentBands(), main.paybackBands(), main.adoptionScale(), dimensions, technologies,
                financing, hash(files), main.ranking());
        if (legacyApplicability) {
            questionnaire = LegacyApplicability.upgrade(questionnaire);
        }
        return new LoadResult(mainFile, questionnaire, List.of(), files);
    }

    private <T> T read(ContentSource source, String ref, String kind, Class<T> type, Map<String, byte[]> files,
            Locations locations, List<Problem> problems, Object referrer, String[] referrerField) {
        String file = source.display(ref);
        Optional<byte[]> bytes;
        try {
            bytes = source.read(ref);
        } catch (IOException e) {
            problems.add(new Problem(file, 1, 1, messages.format("file.unreadable", e.getMessage())));
            return null;
        }
        if (bytes.isEmpty()) {
            problems.add(referrer == null ? new Problem(file, 1, 1, messages.format("file.missing", file))
                    : locations.problem(referrer, messages.format("file.missing", file), referrerField));
            return null;
        }
        files.put(ref, bytes.get());
        Map<String, String> head = yaml.head(file, bytes.get(), locations, problems);
        if (head == null) {
            return null;
        }
        String format = head.get("format");
        if (format == null) {
            problems.add(new Problem(file, 1, 1, messages.format("field.missing", "format")));
            return null;
        }
        if (!Files.FORMAT.equals(format)) {
            problems.add(locations.at(file, "/format", messages.format("format.unsupported", format, Files.FORMAT)));
            return null;
        }
        String k = head.get("kind");
        if (k == null || !kind.equals(k)) {
            problems.add(k == null ? new Problem(file, 1, 1, messages.format("field.missing", "kind"))
                    : locations.at(file, "/kind", messages.format("kind.wrong", k, kind)));
            return null;
        }
        return yaml.bind(file, bytes.get(), type, locations, problems);
    }

    private static <E> List<E> nonNull(List<E> list) {
        return list == null ? List.of() : list;
    }

    /** SHA-256 over every file's reference and bytes, in the order they were read. */
    static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
