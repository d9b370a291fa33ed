package nl.maakscan.ui.wizard;

/** A wizard page; {@link #leave()} commits what is still being typed and stops listening. */
interface StepView {

    default void leave() {
    }
}
