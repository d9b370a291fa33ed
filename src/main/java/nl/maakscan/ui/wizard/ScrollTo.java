package nl.maakscan.ui.wizard;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;

/** Asks the wizard's scroll pane to bring a node into view. */
final class ScrollTo extends Event {

    static final EventType<ScrollTo> SCROLL_TO = new EventType<>(Event.ANY, "MAAKSCAN_SCROLL_TO");

    private final transient Node target;

    ScrollTo(Node target) {
        super(SCROLL_TO);
        this.target = target;
    }

    Node target() {
        return target;
    }
}
