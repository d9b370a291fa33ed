package nl.maakscan.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Starts Maakscan: without arguments the window, with arguments the command line. A plain class
 * (not the JavaFX Application) so that the jar starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (MaakscanApp.isWindowCommand(args)) {
            MaakscanApp.launchWindow(args);
            return;
        }
        java.util.Optional<Integer> relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(args, out, err));
    }
}
