package nl.maakscan.app;

import nl.maakscan.report.Progress;
import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.AtomicFiles;
import nl.maakscan.store.InputFiles;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.DoubleConsumer;

/** The window's report writer: the assessor from the settings, the report package for the PDF. */
final class WindowReports implements Workspace.Reports {

    private final Store store;
    private final Settings.Store settings;

    WindowReports(Store store, Settings.Store settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * Writes the report; an existing file is kept (a {@link StoreException.TargetExists}) because the
     * user was not asked. See {@link #write(String, String, Path, DoubleConsumer, boolean)}.
     */
    @Override
    public void write(String assessmentId, String language, Path out, DoubleConsumer progress) {
        write(assessmentId, language, out, progress, false);
    }

    /**
     * Writes the report; {@code replace} after the user has said an existing file may be replaced. A
     * folder, device, the database or a read-only file is refused with a {@link StoreException.TargetRefused}
     * whatever {@code replace} says; a failed write is an {@link UncheckedIOException} naming the file.
     */
    public void write(String assessmentId, String language, Path out, DoubleConsumer progress, boolean replace) {
        Settings s = settings.load();
        Path logo = s.logo() == null || !usable(Path.of(s.logo())) ? null : Path.of(s.logo());
        ReportInput input = ReportInputs.of(store, assessmentId, language,
                new ReportInput.Assessor(s.assessorName(), s.organisation(), logo), LocalDate.now(), s.rates())
                .orElseThrow();  // the results screen that asks has just loaded this assessment
        try {
            Progress steps = (done, total) -> progress.accept((double) done / total);
            AtomicFiles.write(out, new AtomicFiles.Rules(replace, store.local() ? store.file() : null),
                    o -> ReportGenerator.write(input, o, steps));
            steps.step(ReportGenerator.STEPS, ReportGenerator.STEPS);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }

    /** A logo that is a regular file within the size limit; another is left off the cover. */
    private static boolean usable(Path logo) {
        return Files.isRegularFile(logo) && logo.toFile().length() <= InputFiles.MAX_LOGO;
    }
}
