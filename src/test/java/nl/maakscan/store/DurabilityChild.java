package nl.maakscan.store;

import nl.maakscan.model.LevelAnswer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The child program of {@link DurabilityTest}: opens the store, then answers questions in a loop,
 * each answer with a sequence number in its note, and prints {@code ack N} after each save returned.
 * Arguments: database, assessment id, first sequence number, question ids.
 */
public final class DurabilityChild {

    private DurabilityChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String assessmentId = args[1];
        long seq = Long.parseLong(args[2]);
        List<String> questions = List.of(args).subList(3, args.length);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        Store store = Store.open(db, Store.Options.defaults().withBackupsKept(3));
        out.println("ready");
        out.flush();
        while (true) {
            String q = questions.get((int) (seq % questions.size()));
            store.saveAnswer(assessmentId, q, LevelAnswer.level((int) (seq % 6)).withNote("seq:" + seq));
            out.println("ack " + seq);
            out.flush();
            seq++;
        }
    }
}
