package nl.maakscan.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** What every command shares: the {@code --lang} option, its texts and its output streams. */
final class Output {

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "lang")
    String lang;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String language() {
        return Cli.language(lang);
    }

    String text(String key, Object... args) {
        ResourceBundle texts = Cli.texts(language());
        return new MessageFormat(texts.getString(key), Locale.forLanguageTag(language())).format(args);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The bytes of a file, or empty after telling on the error stream why it cannot be read. */
    Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            err().println(text("file.unreadable", file, e.getMessage()));
            return Optional.empty();
        }
    }
}
