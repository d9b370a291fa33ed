package nl.maakscan.ui.wizard;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The wizard page's scroll pane: brings a node into view, also when the page has not been laid out
 * yet (on opening: the request waits for the layout and is applied again while the layout settles),
 * says how much of a node is on screen, and tells the page when the user scrolled.
 */
final class PageScroller {

    private static final double MARGIN = 8;

    private final ScrollPane scroll;
    private Node pending;
    private boolean moving;
    private Runnable onUserScroll;

    PageScroller(ScrollPane scroll) {
        this.scroll = scroll;
        scroll.viewportBoundsProperty().addListener(o -> applyPending());
        scroll.contentProperty().addListener((o, was, is) -> {
            pending = null;
            if (is != null) {
                is.layoutBoundsProperty().addListener(x -> applyPending());
            }
        });
        // a click or a key is the user's: a reveal still waiting for the layout must not move the page under it
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pending = null);
        scroll.vvalueProperty().addListener((o, was, is) -> {
            if (!moving) {
                pending = null;
                if (onUserScroll != null) {
                    onUserScroll.run();
                }
            }
        });
    }

    /** What to do after the user scrolled (the page moves its highlight onto the screen); null for nothing. */
    void onUserScroll(Runnable action) {
        this.onUserScroll = action;
    }

    /** Shows the node: if it is not wholly on screen, its top goes to the top of the page's view. */
    void reveal(Node node) {
        pending = node;
        applyPending();
    }

    /** Back to the top of a new page. */
    void top() {
        pending = null;
        moving = true;
        scroll.setVvalue(0);
        moving = false;
    }

    private void applyPending() {
        Node node = pending;
        Node content = scroll.getContent();
        if (node == null || content == null || node.getScene() == null || scroll.getViewportBounds().getHeight() <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        if (extra <= 0 || b == null) {
            return;
        }
        double top = offset();
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        moving = true;
        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - MARGIN) / extra)));
        moving = false;
    }

    /** The page's pixel offset: how far it is scrolled down. */
    private double offset() {
        double extra = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        double range = scroll.getVmax() - scroll.getVmin();
        return extra <= 0 || range <= 0 ? 0 : (scroll.getVvalue() - scroll.getVmin()) / range * extra;
    }

    /** The share (0-1) of a node's height that lies in the visible part of the page. */
    double shown(Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null || node.getLayoutBounds().getHeight() <= 0) {
            return 0;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = offset();
        double bottom = top + scroll.getViewportBounds().getHeight();
        double visible = Math.min(bottom, b.getMaxY()) - Math.max(top, b.getMinY());
        return Math.max(0, visible) / b.getHeight();
    }
}
