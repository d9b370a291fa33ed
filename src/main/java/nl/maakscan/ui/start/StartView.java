package nl.maakscan.ui.start;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Company;
import nl.maakscan.ui.FxPasswordPrompt;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.sync.SyncDialog;
import nl.maakscan.ui.sync.SyncViewModel;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.company.CompanyDialog;
import nl.maakscan.ui.company.CompanyFormViewModel;

/** The start screen: companies on the left, the selected company's assessments on the right. */
public final class StartView extends BorderPane {

    private final StartViewModel model;
    private final Texts t;

    public StartView(StartViewModel model) {
        this.model = model;
        this.t = model.texts();
        setId("start-view");
        setPadding(new Insets(16));
        setLeft(companiesPane());
        setCenter(assessmentsPane());
        if (!model.questionnaireProblems().isEmpty()) {
            Label problems = new Label(t.get("start.problems") + "\n" + String.join("\n",
                    model.questionnaireProblems()));
            problems.setId("start-problems");
            problems.setWrapText(true);
            problems.getStyleClass().add(Styles.DANGER);
            setBottom(problems);
        }
    }

    /** Sync with the organisation's server: sends this laptop's work, brings back the coach's companies. */
    private Button syncButton() {
        SyncViewModel sync = new SyncViewModel(model.workspace(), t,
                new FxPasswordPrompt(() -> getScene().getWindow(), () -> t), model::refresh);
        Button button = Styles.button("start-sync", t.get("start.sync"), null);
        button.setTooltip(new Tooltip(t.get("sync.help")));
        button.disableProperty().bind(sync.busy());
        button.setOnAction(e -> SyncDialog.show(getScene().getWindow(), sync, t, hostName()));
        return button;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "laptop";
        }
    }

    private VBox companiesPane() {
        Label heading = Styles.heading(t.get("start.companies"));
        TextField search = new TextField();
        search.setId("start-search");
        search.setPromptText(t.get("start.search"));
        search.setAccessibleText(t.get("start.search"));
        search.textProperty().bindBidirectional(model.search());
        ListView<Company> list = new ListView<>(model.companies());
        list.setId("start-companies");
        list.setAccessibleText(t.get("start.companies"));
        Label none = new Label();
        none.setId("start-companies-empty");
        none.textProperty().bind(Bindings.createStringBinding(() -> t.get(model.loadingCompanies().get()
                ? "start.loadingCompanies" : "start.noCompanies"), model.loadingCompanies()));
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        list.setPlaceholder(none);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Company c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + (c.place() == null ? "" : "\n" + c.place()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.selected().set(is);
            }
        });
        model.selected().addListener((o, was, is) -> list.getSelectionModel().select(is));
        model.companies().addListener((javafx.collections.ListChangeListener<Company>) c ->
                list.getSelectionModel().select(model.selected().get()));
        list.getSelectionModel().select(model.selected().get());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = Styles.button("start-new-company", t.get("start.newCompany"), Styles.ACCENT);
        add.setOnAction(e -> editCompany(null));
        Button edit = Styles.button("start-edit-company", t.get("start.editCompany"), null);
        edit.setOnAction(e -> editCompany(model.selected().get()));
        Button archive = Styles.button("start-archive-company", t.get("start.archive"), null);
        archive.setTooltip(new Tooltip(t.get("start.archiveHelp")));
        archive.setOnAction(e -> model.archiveSelected());
        edit.disableProperty().bind(model.selected().isNull());
        archive.disableProperty().bind(model.selected().isNull());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selected().get() != null) {
                model.newAssessmentOrContinue();
            }
        });
        Button programme = Styles.button("start-programme", t.get("start.programme"), null);
        programme.setTooltip(new Tooltip(t.get("start.programmeHelp")));
        programme.setOnAction(e -> model.openProgramme());
        HBox more = new HBox(8, programme);
        if (model.workspace().store() != null && model.workspace().store().local()) {
            more.getChildren().add(syncButton());
        }
        VBox box = new VBox(8, heading, search, list, new HBox(8, add, edit, archive), more);
        box.setPrefWidth(340);
        box.setPadding(new Insets(0, 16, 0, 0));
        return box;
    }

    private VBox assessmentsPane() {
        Label heading = Styles.heading("");
        heading.setId("start-company-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selected().get() == null
                ? t.get("start.pickCompany") : model.selected().get().name(), model.selected()));
        TableView<StartViewModel.Row> table = new TableView<>(model.assessments());
        table.setId("start-assessments");
        table.setAccessibleText(t.get("start.assessments"));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> t.get(model.selected().get() == null
                ? "start.noCompanySelected" : model.loading().get() ? "start.loadingAssessments"
                : "start.noAssessments"), model.selected(), model.loading()));
        table.setPlaceholder(empty);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t.get("start.label"), r -> r.label()));
        table.getColumns().add(column(t.get("start.date"), r -> t.date(r.date())));
        table.getColumns().add(column(t.get("start.status"), r -> t.get("status." + r.status().name().toLowerCase(java.util.Locale.ROOT))));
        table.getColumns().add(column(t.get("start.level"), r -> t.level(r.overallLevel())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> model.selectedAssessment().set(is));
        model.assessments().addListener((javafx.collections.ListChangeListener<StartViewModel.Row>) c -> {
            if (!model.assessments().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectLast();
            }
        });
        if (!model.assessments().isEmpty()) {
            table.getSelectionModel().selectLast();
        }
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button open = Styles.button("start-continue", t.get("start.continue"), Styles.ACCENT);
        open.setOnAction(e -> model.openSelected());
        Button fresh = Styles.button("start-new-assessment", t.get("start.newAssessment"), null);
        fresh.setOnAction(e -> model.newAssessment(false));
        Button follow = Styles.button("start-follow-up", t.get("start.followUp"), null);
        follow.setTooltip(new Tooltip(t.get("start.followUpHelp")));
        follow.setOnAction(e -> model.newAssessment(true));
        Button results = Styles.button("start-results", t.get("start.results"), null);
        results.setOnAction(e -> model.resultsOfSelected());
        Button compare = Styles.button("start-compare", t.get("start.compare"), null);
        compare.setOnAction(e -> model.compareSelected());
        open.disableProperty().bind(model.selectedAssessment().isNull());
        results.disableProperty().bind(model.selectedAssessment().isNull());
        compare.disableProperty().bind(model.selectedAssessment().isNull().or(Bindings.size(model.assessments())
                .lessThan(2)));
        fresh.disableProperty().bind(model.selected().isNull());
        follow.disableProperty().bind(model.selected().isNull().or(Bindings.isEmpty(model.assessments())));
        // the blue default button is what to do next: open the scan, or start the first one
        Runnable accent = () -> {
            boolean none = model.assessments().isEmpty() && !model.loading().get();
            Button main = none ? fresh : open;
            Button other = none ? open : fresh;
            other.getStyleClass().remove(Styles.ACCENT);
            other.setDefaultButton(false);
            if (!main.getStyleClass().contains(Styles.ACCENT)) {
                main.getStyleClass().add(Styles.ACCENT);
            }
            main.setDefaultButton(true);
        };
        accent.run();
        model.assessments().addListener((javafx.collections.ListChangeListener<StartViewModel.Row>) c -> accent.run());
        model.loading().addListener(o -> accent.run());
        HBox buttons = new HBox(8, open, fresh, follow, results, compare);
        boolean server = model.workspace().store() != null && !model.workspace().store().local();
        Label intro = new Label(t.get(server ? "start.introServer" : "start.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(8, heading, intro, table, buttons);
    }

    private static TableColumn<StartViewModel.Row, String> column(String title,
            java.util.function.Function<StartViewModel.Row, String> value) {
        TableColumn<StartViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private void editCompany(Company company) {
        CompanyFormViewModel form = new CompanyFormViewModel(t, model.current()
                .map(nl.maakscan.model.Questionnaire::profile).orElse(new nl.maakscan.model.Profile(null, null)));
        if (company != null) {
            form.load(company);
        }
        CompanyDialog.show(getScene().getWindow(), form, company == null).ifPresent(model::saveCompany);
    }
}
