package nl.maakscan.app;

import nl.maakscan.store.InputFiles;
import nl.maakscan.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
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

    /**
     * The bytes of a file to import or advise on (at most {@link InputFiles#MAX_IMPORT}), or empty after
     * telling on the error stream why it is not read: missing, a folder, device or pipe, too large.
     */
    Optional<byte[]> read(Path file) {
        try {
            return Optional.of(InputFiles.read(file, InputFiles.MAX_IMPORT));
        } catch (StoreException e) {
            err().println(e.message(language()));
            return Optional.empty();
        }
    }

    /** Why a file could not be read or written, in words (not just its name again). */
    static String reason(IOException e) {
        return InputFiles.reason(e);
    }
}
