package nl.maakscan.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line: {@code maakscan COMMAND ...}. Without arguments the program opens its window instead. */
@Command(name = "maakscan", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        resourceBundle = "nl.maakscan.app.cli",
        subcommands = {ValidateCommand.class, TemplateCommand.class, AdviseCommand.class, ListCommand.class,
                ImportCommand.class, ExportCommand.class, ReportCommand.class, ProgrammeCommand.class, BackupCommand.class,
                RestoreCommand.class, ServerCommand.class, SyncCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT, descriptionKey = "db")
    String db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(e.getMessage() == null ? e.toString() : e.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    /** The language for output: the one asked for, else Dutch on a Dutch system, else English. */
    static String language(String asked) {
        if (asked != null) {
            return asked;
        }
        return "nl".equals(Locale.getDefault().getLanguage()) ? "nl" : "en";
    }

    static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("nl.maakscan.app.cli", Locale.forLanguageTag(language));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Maakscan " + AppInfo.version()};
        }
    }
}
