package nl.maakscan.bench;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoredAssessment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The advice of one assessment of the sample database (see {@link SampleDatabase}; sample data), warm: scores,
 * ranking and plan as the results screen, the report and {@code maakscan advise} make them, for the first
 * assessments of the sample, each after a warm-up. Prints the median time of one advice. Arguments: folder
 * (default target/bench), rounds (200).
 */
public final class AdviseBenchmark {

    private AdviseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        run(dir, args.length > 1 ? Integer.parseInt(args[1]) : 200);
    }

    static void run(Path dir, int rounds) {
        Path sample = SampleDatabase.in(dir);
        List<StoredAssessment> scans = new ArrayList<>();
        try (Store store = Store.open(sample, Store.Options.defaults().withBackupsKept(0).withReadOnly(true))) {
            for (AssessmentInfo a : store.listAssessments().subList(0, 20)) {
                store.loadAssessment(a.id()).ifPresent(scans::add);
            }
        }
        int ranked = 0;
        for (int i = 0; i < rounds; i++) {
            for (StoredAssessment s : scans) {
                ranked += advise(s).recommendations().size();
            }
        }
        List<Double> micros = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (StoredAssessment s : scans) {
                long t0 = System.nanoTime();
                ranked += advise(s).recommendations().size();
                micros.add((System.nanoTime() - t0) / 1e3);
            }
        }
        Collections.sort(micros);
        System.out.printf("advice of one assessment (warm, %d advices of %d assessments): median %.0f µs, "
                + "90th percentile %.0f µs (%d technologies ranked in all)%n", micros.size(), scans.size(),
                micros.get(micros.size() / 2), micros.get(micros.size() * 9 / 10), ranked);
    }

    private static Advice advise(StoredAssessment s) {
        return Advice.of(s.questionnaire(), s.assessment(), s.company(), PlanRates.POLICY);
    }
}
