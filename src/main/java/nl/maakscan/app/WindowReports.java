package nl.maakscan.app;

import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.Store;
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

    @Override
    public void write(String assessmentId, String language, Path out, DoubleConsumer progress) {
        Settings s = settings.load();
        Path logo = s.logo() == null || !Files.isRegularFile(Path.of(s.logo())) ? null : Path.of(s.logo());
        ReportInput input = ReportInputs.of(store, assessmentId, language,
                new ReportInput.Assessor(s.assessorName(), s.organisation(), logo), LocalDate.now())
                .orElseThrow();  // the results screen that asks has just loaded this assessment
        try {
            ReportGenerator.write(input, out, (done, total) -> progress.accept((double) done / total));
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }
}
