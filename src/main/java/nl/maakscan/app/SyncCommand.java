package nl.maakscan.app;

import nl.maakscan.store.Store;
import nl.maakscan.store.Sync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * {@code maakscan sync --to postgresql://host/database}: sends this computer's changes to the organisation's
 * server and brings back the companies this login may see; says per company what went up and down and, per
 * assessment and answer, which version won where both had changed.
 */
@Command(name = "sync", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class SyncCommand extends StoreCommand {

    @Option(names = "--to", paramLabel = "URL", required = true, descriptionKey = "sync.to")
    String to;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "sync.name")
    String name;

    @Override
    int run() {
        localDatabase();  // the laptop's side is a file
        try (Store laptop = open(true); Store server = Store.open(to, Store.Options.defaults(), null)) {
            List<Sync.CompanyResult> results = new Sync(laptop, server, name != null ? name : hostName()).run();
            int failed = 0;
            for (Sync.CompanyResult r : results) {
                if (r.failed()) {
                    failed++;
                    output.out().println(output.text("sync.failed", r.name(), r.failure()));
                    continue;
                }
                output.out().println(output.text("sync.company", r.name(), r.sent(), r.received()));
                for (Sync.Conflict c : r.conflicts()) {
                    output.out().println(output.text(c.laptopWon() ? "sync.laptopWon" : "sync.serverWon",
                            c.assessmentLabel(), c.item(), c.laptopValue(), c.laptopChanged(), c.serverValue(),
                            c.serverChanged()));
                }
            }
            output.out().println(output.text("sync.done", results.size() - failed, failed));
            return failed == 0 ? 0 : 1;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "laptop";
        }
    }
}
