package nl.maakscan.ui.wizard;

import javafx.scene.input.KeyCode;

/** A wizard page; {@link #leave()} commits what is still being typed and stops listening. */
interface StepView {

    default void leave() {
    }

    /** A key for a page that is answered by keys (0-5, a letter, up and down): true when the page used it. */
    default boolean key(KeyCode code) {
        return false;
    }
}
