package nl.maakscan.ui.programme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.model.Choice;
import nl.maakscan.programme.Programme;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.Selection;
import nl.maakscan.store.StoreException;
import nl.maakscan.store.StoreProgrammeSource;
import nl.maakscan.ui.Navigator;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme overview in the window: the selection (dates, sector), the figures worked out in the background
 * with the plans priced at the settings' day rate and budget, and going back. Sample data is left out, as in
 * the command.
 */
public final class ProgrammeViewModel {

    private final Workspace workspace;
    private final Texts texts;
    private final Navigator navigator;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> sector = new SimpleObjectProperty<>();
    private final ObjectProperty<ProgrammeOverview> overview = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ProgrammeViewModel(Workspace workspace, Texts texts, Navigator navigator) {
        this.workspace = workspace;
        this.texts = texts;
        this.navigator = navigator;
    }

    /** Works out the figures for the current selection in the background; says so when the dates cross. */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            problem.set(texts.get("programme.fromAfterTo"));
            return;
        }
        problem.set(null);
        busy.set(true);
        Selection selection = new Selection(from.get(), to.get(), sector.get() == null ? null : sector.get().id(),
                false);
        PlanRates rates = workspace.settings() == null ? PlanRates.POLICY : workspace.settings().load().rates();
        workspace.tasks().run(() -> Programme.of(new StoreProgrammeSource(workspace.store()), selection, rates), o -> {
            busy.set(false);
            overview.set(o);
        }, e -> {
            busy.set(false);
            problem.set(e instanceof StoreException s ? s.message(texts.language()) : String.valueOf(e.getMessage()));
        });
    }

    /**
     * Writes the figures on screen as the one-page PDF for the funder, to a file the user picks; the file is
     * replaced whole or not at all, and the database itself is refused as a target.
     */
    public void writePdf() {
        ProgrammeOverview shown = overview.get();
        if (shown == null || busy.get()) {
            return;
        }
        java.util.Optional<java.nio.file.Path> target = workspace.dialogs().saveFile(texts.get("programme.pdf"),
                texts.get("programme.pdfName"), texts.get("results.pdfFiles"), "*.pdf");
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        String language = texts.language();
        nl.maakscan.store.AtomicFiles.Rules rules = new nl.maakscan.store.AtomicFiles.Rules(true,
                workspace.store().local() ? workspace.store().file() : null);
        workspace.tasks().run(() -> {
            try {
                nl.maakscan.store.AtomicFiles.write(target.get(), rules,
                        out -> nl.maakscan.report.ProgrammeReport.write(shown, language, LocalDate.now(), out));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return target.get();
        }, file -> {
            busy.set(false);
            if (workspace.dialogs().confirm(texts.get("programme.pdf"), texts.format("programme.pdfDone", file))) {
                workspace.dialogs().show(file);
            }
        }, e -> {
            busy.set(false);
            String why = e instanceof StoreException s ? s.message(language)
                    : e instanceof java.io.UncheckedIOException u ? String.valueOf(u.getCause().getMessage())
                    : String.valueOf(e.getMessage());
            workspace.dialogs().error(texts.get("programme.pdf"), texts.format("programme.pdfFailed", target.get(), why));
        });
    }

    /** The sectors to choose from: those of the first questionnaire (an empty choice means every sector). */
    public List<Choice> sectors() {
        return workspace.library() == null || workspace.library().questionnaires().isEmpty() ? List.of()
                : workspace.library().questionnaires().get(0).profile().sectors();
    }

    public void back() {
        navigator.showStart();
    }

    public Texts texts() {
        return texts;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<Choice> sector() {
        return sector;
    }

    /** The figures of the last refresh; null before the first. */
    public ObjectProperty<ProgrammeOverview> overview() {
        return overview;
    }

    /** What is wrong with the selection or the reading, or null. */
    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
