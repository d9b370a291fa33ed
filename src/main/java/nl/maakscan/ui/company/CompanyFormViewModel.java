package nl.maakscan.ui.company;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.maakscan.model.Company;
import nl.maakscan.model.Profile;
import nl.maakscan.ui.Texts;

import java.util.List;

/**
 * The company form's state and checks: a name is required, a KvK number is 8 digits, the number of
 * employees a whole number of at least 1. Used by the new-company dialog and the wizard's profile step.
 */
public final class CompanyFormViewModel {

    private final Texts texts;
    private final Profile profile;
    private String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kvk = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty();
    private final StringProperty employees = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObservableList<String> processes = FXCollections.observableArrayList();
    private final StringBinding nameError;
    private final StringBinding kvkError;
    private final StringBinding employeesError;
    private final BooleanBinding valid;

    public CompanyFormViewModel(Texts texts, Profile profile) {
        this.texts = texts;
        this.profile = profile;
        nameError = Bindings.createStringBinding(() -> blank(name.get()) ? texts.get("company.nameRequired") : null,
                name);
        kvkError = Bindings.createStringBinding(() -> blank(kvk.get()) || kvk.get().trim().matches("\\d{8}") ? null
                : texts.get("company.kvkInvalid"), kvk);
        employeesError = Bindings.createStringBinding(() -> blank(employees.get()) || employeeCount() != null ? null
                : texts.get("company.employeesInvalid"), employees);
        valid = nameError.isNull().and(kvkError.isNull()).and(employeesError.isNull());
    }

    public void load(Company c) {
        id = c.id();
        name.set(nz(c.name()));
        kvk.set(nz(c.kvk()));
        sector.set(c.sector());
        employees.set(c.employees() == null ? "" : c.employees().toString());
        place.set(nz(c.place()));
        contact.set(nz(c.contact()));
        processes.setAll(c.processes());
    }

    /** The company as filled in; only call when {@link #valid()} holds. */
    public Company company() {
        return new Company(id, name.get().trim(), blankToNull(kvk.get()), sector.get(), employeeCount(),
                List.copyOf(processes), blankToNull(place.get()), blankToNull(contact.get()));
    }

    private Integer employeeCount() {
        try {
            int n = Integer.parseInt(employees.get().trim());
            return n >= 1 ? n : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    public Texts texts() {
        return texts;
    }

    public Profile profile() {
        return profile;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty kvk() {
        return kvk;
    }

    public StringProperty sector() {
        return sector;
    }

    public StringProperty employees() {
        return employees;
    }

    public StringProperty place() {
        return place;
    }

    public StringProperty contact() {
        return contact;
    }

    public ObservableList<String> processes() {
        return processes;
    }

    public StringBinding nameError() {
        return nameError;
    }

    public StringBinding kvkError() {
        return kvkError;
    }

    public StringBinding employeesError() {
        return employeesError;
    }

    public BooleanBinding valid() {
        return valid;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
