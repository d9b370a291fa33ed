package nl.maakscan.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and the system's file viewer, behind an interface so that view models can be tested. */
public interface Dialogs {

    void error(String title, String message);

    /** Yes/no question; true when the user confirms. */
    boolean confirm(String title, String message);

    Optional<Path> saveFile(String title, String suggestedName, String extensionDescription, String extension);

    Optional<Path> openFile(String title, String extensionDescription, String... extensions);

    /** Opens a file (a report) in the program the system uses for it. */
    void show(Path file);

    /** A short message that goes away by itself, optionally with an action such as "undo". */
    void notify(String message, String actionText, Runnable action);
}
