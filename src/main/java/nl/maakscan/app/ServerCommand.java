package nl.maakscan.app;

import nl.maakscan.store.ServerAdmin;
import nl.maakscan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code maakscan server setup|coach|programme|assign|unassign|assignments}: the administrator's work on the
 * organisation's PostgreSQL database, with an account that may create roles (the database's owner).
 */
@Command(name = "server", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ServerCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "ACTION", descriptionKey = "server.action")
    String action;

    @Parameters(index = "1..*", paramLabel = "ARG", arity = "0..2", descriptionKey = "server.args")
    List<String> args = List.of();

    @Option(names = "--password", descriptionKey = "server.password")
    boolean password;

    @Override
    int run() {
        int needed = switch (action) {
            case "setup", "assignments" -> 0;
            case "coach", "programme" -> 1;
            case "assign", "unassign" -> 2;
            default -> -1;
        };
        if (needed < 0 || args.size() != needed) {
            output.err().println(output.text("server.usage"));
            return 2;
        }
        try (Store store = open(true)) {
            ServerAdmin admin = store.serverAdmin();
            switch (action) {
                case "setup" -> output.out().println(output.text("server.ready", store.location()));
                case "coach", "programme" -> {
                    char[] secret = password ? readPassword(args.get(0)) : null;
                    try {
                        if (action.equals("coach")) {
                            admin.addCoach(args.get(0), secret);
                        } else {
                            admin.addProgramme(args.get(0), secret);
                        }
                    } finally {
                        if (secret != null) {
                            Arrays.fill(secret, '\0');
                        }
                    }
                    output.out().println(output.text("server." + action + "Added", args.get(0)));
                }
                case "assign" -> {
                    admin.assign(args.get(0), args.get(1));
                    output.out().println(output.text("server.assigned", args.get(0), args.get(1)));
                }
                case "unassign" -> {
                    admin.unassign(args.get(0), args.get(1));
                    output.out().println(output.text("server.unassigned", args.get(0), args.get(1)));
                }
                default -> admin.assignments().forEach(a -> output.out().println(output.text("server.assignment",
                        a.companyName(), a.companyId(), a.coach())));
            }
            return 0;
        }
    }

    /** The new login's password: typed twice at a terminal, else one line from standard input (a script). */
    private char[] readPassword(String login) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s", output.text("server.passwordPrompt", login));
            char[] again = console.readPassword("%s", output.text("server.passwordAgain"));
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException(output.text("server.passwordsDiffer"));
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException(output.text("server.passwordsDiffer"));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
