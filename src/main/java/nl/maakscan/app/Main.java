package nl.maakscan.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Starts Maakscan: without arguments the window, with arguments the command line. A plain class
 * (not the JavaFX Application) so that the jar starts with JavaFX on the class path.
 */
public final class Main {

    /** Opens the window, prints the milliseconds from the start to its first frame and closes it. */
    static final String MEASURE_STARTUP = "--measure-startup";

    private Main() {
    }

    /**
     * True for the arguments that open the window: none, {@code --db PATH} (the database to open)
     * and {@code --measure-startup}; anything else is a command.
     */
    static boolean isWindowCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                i++;
            } else if (!args[i].equals(MEASURE_STARTUP) && !args[i].startsWith("--db=")) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        java.util.Optional<Integer> relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (isWindowCommand(args)) {
            MaakscanApp.launchWindow(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(args, out, err));
    }
}
