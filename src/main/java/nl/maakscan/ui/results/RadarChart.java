package nl.maakscan.ui.results;

import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * A radar chart of levels 0-5: one axis per dimension, the current levels filled, the targets
 * dashed and the previous assessment's levels dotted. Colours come from the stylesheet.
 */
public final class RadarChart extends Region {

    private static final double MAX = 5;
    /** The width a label may wrap to, made for the stylesheet's 13 px (the program's smallest text). */
    private static final double LABEL_WIDTH = 140;
    private final List<String> labels;
    private final double[] current;
    private final double[] target;
    private final double[] previous;

    /** {@code previous} may be null; a null level counts as 0. */
    public RadarChart(List<String> labels, Double[] current, Double[] target, Double[] previous) {
        this.labels = List.copyOf(labels);
        this.current = values(current);
        this.target = values(target);
        this.previous = previous == null ? null : values(previous);
        setMinSize(400, 380);
        setPrefSize(560, 410);
    }

    private static double[] values(Double[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i] == null ? 0 : Math.max(0, Math.min(MAX, v[i]));
        }
        return d;
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        int n = labels.size();
        if (n < 3) {
            return;
        }
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        double radius = Math.max(40, Math.min(getWidth() / 2 - LABEL_WIDTH - 10, getHeight() / 2 - 50));
        for (int ring = 1; ring <= MAX; ring++) {
            Polygon grid = polygon(constant(n, ring), cx, cy, radius, "radar-grid");
            getChildren().add(grid);
        }
        List<Text> placed = new ArrayList<>();
        List<Double> steep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, MAX, cx, cy, radius);
            Line axis = new Line(cx, cy, p[0], p[1]);
            axis.getStyleClass().add("radar-grid");
            getChildren().add(axis);
            double[] l = point(i, n, MAX + 0.6, cx, cy, radius);
            Text label = new Text(labels.get(i));
            label.getStyleClass().add("radar-label");
            label.setWrappingWidth(LABEL_WIDTH);
            label.setTextOrigin(VPos.TOP);
            label.setTextAlignment(l[0] < cx - 5 ? TextAlignment.RIGHT : l[0] > cx + 5 ? TextAlignment.LEFT
                    : TextAlignment.CENTER);
            getChildren().add(label);
            label.applyCss();
            double height = label.getLayoutBounds().getHeight();
            double sin = Math.sin(-Math.PI / 2 + 2 * Math.PI * i / n);
            label.setX(l[0] < cx - 5 ? l[0] - LABEL_WIDTH : l[0] > cx + 5 ? l[0] : l[0] - LABEL_WIDTH / 2);
            label.setY(sin < -0.8 ? l[1] - height : sin > 0.8 ? l[1] : l[1] - height / 2);
            placed.add(label);
            steep.add(Math.abs(sin));
        }
        separate(placed, steep, cy);
        if (previous != null) {
            getChildren().add(polygon(previous, cx, cy, radius, "radar-previous"));
        }
        getChildren().add(polygon(current, cx, cy, radius, "radar-current"));
        getChildren().add(polygon(target, cx, cy, radius, "radar-target"));
    }

    /**
     * Labels of neighbouring steep axes (near the top and the bottom) can reach each other when they wrap:
     * the steeper one moves away from the centre until they no longer touch.
     */
    private static void separate(List<Text> labels, List<Double> steep, double cy) {
        for (int round = 0; round < 4 * labels.size(); round++) {
            boolean moved = false;
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    var a = labels.get(i).getBoundsInParent();
                    var b = labels.get(j).getBoundsInParent();
                    if (!a.intersects(b.getMinX(), b.getMinY() - 1, b.getWidth(), b.getHeight() + 2)
                            || a.getMaxX() <= b.getMinX() || b.getMaxX() <= a.getMinX()) {
                        continue;
                    }
                    boolean iMoves = steep.get(i) >= steep.get(j);
                    Text m = labels.get(iMoves ? i : j);
                    var mb = iMoves ? a : b;
                    var ob = iMoves ? b : a;
                    boolean down = mb.getCenterY() >= cy;
                    m.setY(m.getY() + (down ? ob.getMaxY() + 1 - mb.getMinY() : ob.getMinY() - 1 - mb.getMaxY()));
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double[] constant(int n, double value) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, value);
        return d;
    }

    private static Polygon polygon(double[] values, double cx, double cy, double radius, String style) {
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double[] p = point(i, values.length, values[i], cx, cy, radius);
            points.add(p[0]);
            points.add(p[1]);
        }
        Polygon polygon = new Polygon();
        polygon.getPoints().setAll(points);
        polygon.getStyleClass().add(style);
        return polygon;
    }

    private static double[] point(int i, int n, double value, double cx, double cy, double radius) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = radius * value / MAX;
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }
}
