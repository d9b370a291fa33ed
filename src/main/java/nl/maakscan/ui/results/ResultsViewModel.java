package nl.maakscan.ui.results;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import nl.maakscan.advice.Advice;
import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.advice.Scores;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.programme.PeerBenchmark;
import nl.maakscan.programme.PeerComparison;
import nl.maakscan.service.Results;
import nl.maakscan.store.Bundles;
import nl.maakscan.store.StoreException;
import nl.maakscan.store.StoreProgrammeSource;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Navigator;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of one assessment: scores per dimension (with the previous assessment's, if the
 * company has one), the ranked technologies and the plan; and the commands to create the report and
 * export the bundle.
 */
public final class ResultsViewModel {

    /** A question below its dimension's target: what its current level looks like and what the next takes. */
    public record NextLevel(Question question, Integer current, String currentText, String nextText) {
    }

    /** One dimension as the results show it. */
    public record Row(Dimension dimension, DimensionScore score, Double previous, List<NextLevel> nextSteps) {
    }

    /** What the screen shows, loaded and scored off the user-interface thread. */
    private record Loaded(StoredAssessment stored, Advice advice, Scores previous, List<Row> rows,
            List<nl.maakscan.ui.PreviousPlan.Tracked> previousPlan, PeerComparison peers) {
    }

    private final Workspace workspace;
    private final Texts texts;
    private final Navigator navigator;
    private Loaded loaded;
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private boolean left;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final javafx.beans.property.StringProperty progressText = new javafx.beans.property.SimpleStringProperty("");

    /**
     * Loads the assessment, its advice and the previous one in the background ({@link #ready()} turns true
     * on the JavaFX thread); a failure is told and leads back to the start screen.
     */
    public ResultsViewModel(Workspace workspace, Texts texts, Navigator navigator, String assessmentId) {
        this.workspace = workspace;
        this.texts = texts;
        this.navigator = navigator;
        workspace.tasks().run(() -> load(workspace, texts, assessmentId), l -> {
            if (!left) {
                loaded = l;
                ready.set(true);
            }
        }, e -> {
            if (!left) {
                workspace.dialogs().error(texts.get("error.store"), e instanceof StoreException s
                        ? s.message(texts.language()) : String.valueOf(e.getMessage()));
                navigator.showStart();
            }
        });
    }

    private static Loaded load(Workspace workspace, Texts texts, String assessmentId) {
        Results results = Results.of(workspace.store(), assessmentId,
                workspace.settings() == null ? PlanRates.POLICY : workspace.settings().load().rates()).orElseThrow();
        StoredAssessment stored = results.assessment();
        Advice advice = results.advice();
        Scores previous = results.previousAssessment().map(p -> results.previousAdvice().scores()).orElse(null);
        List<nl.maakscan.ui.PreviousPlan.Tracked> previousPlan = nl.maakscan.ui.PreviousPlan.of(workspace.store(),
                assessmentId, texts);
        PeerComparison peers = PeerBenchmark.of(new StoreProgrammeSource(workspace.store()), assessmentId).orElse(null);
        List<Row> rows = new ArrayList<>();
        String lang = texts.language();
        for (Dimension d : stored.questionnaire().maturityDimensions()) {
            DimensionScore s = advice.scores().dimension(d.id()).orElseThrow();
            Double before = previous == null ? null
                    : previous.dimension(d.id()).map(DimensionScore::level).orElse(null);
            List<NextLevel> next = new ArrayList<>();
            for (Question q : d.questions()) {
                LevelAnswer a = stored.assessment().answers().get(q.id());
                if (a != null && a.hasLevel() && a.level() < s.target()) {
                    next.add(new NextLevel(q, a.level(), q.level(a.level()).get(lang), q.level(a.level() + 1).get(lang)));
                }
            }
            rows.add(new Row(d, s, before, next));
        }
        return new Loaded(stored, advice, previous, List.copyOf(rows), previousPlan, peers);
    }

    /** True once the results are loaded; until then only this property may be read. */
    public ReadOnlyBooleanProperty ready() {
        return ready;
    }

    /** The user went elsewhere: a load still under way is dropped when it ends. */
    public void leave() {
        left = true;
    }

    /** Creates the PDF report in the background and offers to open it. */
    public void createReport() {
        if (workspace.reports() == null || busy.get() || loaded == null) {
            return;
        }
        String name = fileName() + ".pdf";
        Optional<Path> target = workspace.dialogs().saveFile(texts.get("results.report"), name,
                texts.get("results.pdfFiles"), "*.pdf");
        if (target.isEmpty()) {
            return;
        }
        progress.set(0);
        progressText.set(reportStep(0));
        busy.set(true);
        workspace.tasks().run(() -> {
            workspace.reports().write(stored().info().id(), texts.language(), target.get(),
                    p -> workspace.tasks().later(() -> {
                        progress.set(p);
                        progressText.set(reportStep(p));
                    }));
            return target.get();
        }, file -> {
            busy.set(false);
            progress.set(1);
            progressText.set("");
            if (workspace.dialogs().confirm(texts.get("results.report"), texts.format("results.reportDone", file))) {
                workspace.dialogs().show(file);
            }
        }, e -> {
            busy.set(false);
            progressText.set("");
            workspace.dialogs().error(texts.get("results.reportFailed"), e instanceof StoreException s
                    ? s.message(texts.language())
                    : e instanceof java.io.UncheckedIOException io
                            ? texts.format("results.reportUnwritable", target.get(), io.getCause().getMessage())
                            : String.valueOf(e.getMessage()));
        });
    }

    /**
     * What the report writer is doing at a share of its work (the report is made in four steps, see
     * ReportGenerator): gathering the assessment, laying out the pages (the long part), writing the PDF, then
     * embedding the data and saving.
     */
    private String reportStep(double done) {
        return texts.get(done < 0.25 ? "results.reportGathering" : done < 0.5 ? "results.reportLayout"
                : done < 0.75 ? "results.reportWriting" : done < 1 ? "results.reportSaving" : "results.reportSaved");
    }

    /** Exports this assessment with its company as a bundle file. */
    public void exportBundle() {
        workspace.dialogs().saveFile(texts.get("results.export"), fileName() + ".maakscan.json",
                texts.get("results.bundleFiles"), "*.json").ifPresent(file -> {
                    try {
                        byte[] bytes = Bundles.export(workspace.store(), Bundles.Selection.assessment(
                                stored().info().id()), Instant.now());
                        nl.maakscan.store.AtomicFiles.write(file, bytes);
                        workspace.dialogs().notify(texts.format("results.exported", file.getFileName()), null, null);
                    } catch (StoreException e) {
                        workspace.dialogs().error(texts.get("results.export"), e.message(texts.language()));
                    } catch (java.io.UncheckedIOException e) {
                        workspace.dialogs().error(texts.get("results.export"), texts.format("results.exportUnwritable",
                                file, e.getCause().getMessage()));
                    }
                });
    }

    private String fileName() {
        StoredAssessment stored = stored();
        String label = stored.info().label() == null ? "" : "-" + stored.info().label();
        return (stored.company().name() + label).replaceAll("[^\\p{L}\\p{N}._]+", "-").replaceAll("^-|-$", "");
    }

    public void back() {
        navigator.showStart();
    }

    public void edit() {
        navigator.openWizard(stored().info().id());
    }

    public Texts texts() {
        return texts;
    }

    public StoredAssessment stored() {
        return loaded.stored();
    }

    public Questionnaire questionnaire() {
        return stored().questionnaire();
    }

    /** The plan as the screen shows it: in the words of the report, with money, totals and the budget. */
    public PlanViewModel plan() {
        return new PlanViewModel(advice().plan(), questionnaire(), texts.language(), java.time.LocalDate.now());
    }

    public Advice advice() {
        return loaded.advice();
    }

    public Optional<Scores> previous() {
        return Optional.ofNullable(loaded.previous());
    }

    public List<Row> rows() {
        return loaded.rows();
    }

    public boolean canReport() {
        return workspace.reports() != null;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public DoubleProperty progress() {
        return progress;
    }

    /** While the report is made: what is being done, in words; empty otherwise. */
    public javafx.beans.property.StringProperty progressText() {
        return progressText;
    }

    /** At a follow-up: the previous plan's steps with the status recorded at this assessment; else empty. */
    public List<nl.maakscan.ui.PreviousPlan.Tracked> previousPlan() {
        return loaded.previousPlan();
    }

    /**
     * How this assessment compares with the other companies of its sector and size band in the database; empty
     * when there are fewer than five of them (then nothing about them is shown).
     */
    public Optional<PeerComparison> peers() {
        return Optional.ofNullable(loaded.peers());
    }
}
