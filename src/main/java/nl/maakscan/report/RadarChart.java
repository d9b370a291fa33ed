package nl.maakscan.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;

/**
 * Draws the radar chart of the summary as vector graphics: one axis per dimension with its name (wrapped
 * to a few lines), rings for levels 1-5, and polygons for the current level, the target and the previous
 * assessment. The values come from the {@code data-current}, {@code data-target} and {@code data-previous}
 * attributes of an {@code <object type="application/x-maakscan-radar">} element, the names from
 * {@code data-labels} (separated by {@link #SEPARATOR}).
 */
final class RadarChart implements FSObjectDrawer {

    static final String TYPE = "application/x-maakscan-radar";

    /** Separates the axis labels in {@code data-labels}. */
    static final String SEPARATOR = "|";

    private static final float LABEL_SIZE = 8f;
    private static final float LINE = 9.5f;
    private static final int LABEL_WIDTH = 125;
    private static final int LABEL_LINES = 2;

    static final Color CURRENT = new Color(0x1f, 0x5f, 0x99);
    static final Color TARGET = new Color(0xd9, 0x7a, 0x00);
    static final Color PREVIOUS = new Color(0x80, 0x80, 0x80);
    private static final Color GRID = new Color(0xc8, 0xc8, 0xc8);

    /** The factory that hands this drawer to openhtmltopdf for radar objects. */
    static FSObjectDrawerFactory factory() {
        RadarChart chart = new RadarChart();
        return new FSObjectDrawerFactory() {
            @Override
            public FSObjectDrawer createDrawer(Element e) {
                return isReplacedObject(e) ? chart : null;
            }

            @Override
            public boolean isReplacedObject(Element e) {
                return TYPE.equals(e.getAttribute("type"));
            }
        };
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
            OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        double[] current = values(e.getAttribute("data-current"));
        double[] target = values(e.getAttribute("data-target"));
        double[] previous = values(e.getAttribute("data-previous"));
        String[] labels = labels(e.getAttribute("data-labels"), current.length);
        String[] figures = labels(e.getAttribute("data-figures"), current.length);
        device.drawWithGraphics((float) x, (float) y, w, h,
                g -> draw(g, w, h, current, target, previous, labels, figures));
        return null;
    }

    private static void draw(Graphics2D g, float w, float h, double[] current, double[] target,
            double[] previous, String[] labels, String[] figures) {
        int n = current.length;
        if (n < 3) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double cx = w / 2.0;
        double cy = h / 2.0;
        g.setFont(new Font(ReportGenerator.FONT, Font.PLAIN, 1).deriveFont(LABEL_SIZE));
        Layout layout = layout(g.getFontMetrics(), labels, figures, w, h);
        double r = layout.radius();
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(GRID);
        for (int level = 1; level <= 5; level++) {
            double rr = r * level / 5;
            g.draw(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr));
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.setColor(GRID);
            g.draw(new Line2D.Double(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a)));
        }
        g.setColor(Color.DARK_GRAY);
        for (Label label : layout.labels()) {
            label.draw(g);
        }
        g.setFont(new Font(ReportGenerator.FONT, Font.PLAIN, 7));
        g.setColor(Color.GRAY);
        for (int level = 1; level <= 5; level++) {
            g.drawString(Integer.toString(level), (float) (cx + 2), (float) (cy - r * level / 5 + 8));
        }
        if (previous.length == n) {
            g.setColor(PREVIOUS);
            g.setStroke(dashed(1.2f, 2f, 2f));
            g.draw(polygon(previous, cx, cy, r));
        }
        g.setColor(TARGET);
        g.setStroke(dashed(1.4f, 4f, 3f));
        g.draw(polygon(target, cx, cy, r));
        Path2D cur = polygon(current, cx, cy, r);
        g.setColor(new Color(CURRENT.getRed(), CURRENT.getGreen(), CURRENT.getBlue(), 60));
        g.fill(cur);
        g.setColor(CURRENT);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cur);
    }

    /** The chart's radius and its axis labels, placed so that no two labels touch and all lie inside the chart. */
    record Layout(double radius, java.util.List<Label> labels) {
    }

    /**
     * One axis label: its lines, their alignment (-1 right-aligned, 0 centred, 1 left-aligned) and the box they
     * take.
     */
    record Label(java.util.List<String> lines, int align, java.awt.geom.Rectangle2D box, java.awt.FontMetrics fm) {

        void draw(Graphics2D g) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int width = fm.stringWidth(line);
                double left = align > 0 ? box.getX() : align < 0 ? box.getMaxX() - width
                        : box.getCenterX() - width / 2.0;
                g.drawString(line, (float) left, (float) (box.getY() + (i + 1) * LINE - 2));
            }
        }
    }

    /**
     * Places the labels at the ends of the axes: to the right of the axis on the right half, to the left on
     * the left half, centred above or below it at the top and the bottom. Labels that would overlap (the
     * steep axes near the top and the bottom, where a label of three lines reaches its neighbour) are moved
     * apart, away from the centre; when that pushes one out of the chart, the radius shrinks until all fit.
     */
    static Layout layout(java.awt.FontMetrics fm, String[] labels, String[] figures, double w, double h) {
        double r = Math.min(w / 2.0 - LABEL_WIDTH - 8, h / 2.0 - (LABEL_LINES + 1) * LINE - 6);
        java.util.List<Label> placed = place(fm, labels, figures, w, h, r);
        while (r > 20 && !inside(placed, w, h)) {
            r -= 2;
            placed = place(fm, labels, figures, w, h, r);
        }
        return new Layout(r, placed);
    }

    private static boolean inside(java.util.List<Label> labels, double w, double h) {
        return labels.stream().allMatch(l -> l.box().getMinY() >= 0 && l.box().getMaxY() <= h
                && l.box().getMinX() >= 0 && l.box().getMaxX() <= w);
    }

    private static java.util.List<Label> place(java.awt.FontMetrics fm, String[] labels, String[] figures, double w,
            double h, double r) {
        int n = labels.length;
        double cx = w / 2.0;
        double cy = h / 2.0;
        java.util.List<Label> placed = new java.util.ArrayList<>();
        double[] sin = new double[n];
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double x = cx + (r + 6) * Math.cos(a);
            double y = cy + (r + 6) * Math.sin(a);
            java.util.List<String> lines = new java.util.ArrayList<>(wrap(labels[i], fm));
            if (i < figures.length && !figures[i].isBlank()) {
                lines.add(figures[i]);
            }
            double width = lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
            double height = lines.size() * LINE;
            double cos = Math.cos(a);
            sin[i] = Math.sin(a);
            int align = cos > 0.1 ? 1 : cos < -0.1 ? -1 : 0;
            double left = align > 0 ? x : align < 0 ? x - width : x - width / 2.0;
            double top = sin[i] < -0.3 ? y - height : sin[i] > 0.3 ? y : y - height / 2;
            placed.add(new Label(List.copyOf(lines), align, new java.awt.geom.Rectangle2D.Double(left, top, width,
                    height), fm));
        }
        for (int round = 0; round < 4 * n; round++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    moved |= separate(placed, sin, i, j);
                }
            }
            if (!moved) {
                break;
            }
        }
        return placed;
    }

    /**
     * Moves the steeper of two overlapping labels (the one nearer the top or the bottom) away from the centre,
     * vertically, until the two no longer touch.
     */
    private static boolean separate(java.util.List<Label> placed, double[] sin, int i, int j) {
        java.awt.geom.Rectangle2D a = placed.get(i).box();
        java.awt.geom.Rectangle2D b = placed.get(j).box();
        double gap = 1;
        if (a.getMaxX() + gap <= b.getMinX() || b.getMaxX() + gap <= a.getMinX() || a.getMaxY() + gap <= b.getMinY()
                || b.getMaxY() + gap <= a.getMinY()) {
            return false;
        }
        int mover = Math.abs(sin[i]) >= Math.abs(sin[j]) ? i : j;
        int other = mover == i ? j : i;
        java.awt.geom.Rectangle2D m = placed.get(mover).box();
        java.awt.geom.Rectangle2D o = placed.get(other).box();
        boolean down = sin[mover] > 0 || sin[mover] == 0 && m.getCenterY() >= o.getCenterY();
        double dy = down ? o.getMaxY() + gap - m.getMinY() : o.getMinY() - gap - m.getMaxY();
        Label l = placed.get(mover);
        placed.set(mover, new Label(l.lines(), l.align(), new java.awt.geom.Rectangle2D.Double(m.getX(), m.getY() + dy,
                m.getWidth(), m.getHeight()), l.fm()));
        return true;
    }

    /** The words of a label in lines no wider than the label column, at most {@value #LABEL_LINES} lines. */
    static java.util.List<String> wrap(String text, java.awt.FontMetrics fm) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fm.stringWidth(next) > LABEL_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        if (lines.size() > LABEL_LINES) {
            java.util.List<String> cut = new java.util.ArrayList<>(lines.subList(0, LABEL_LINES));
            cut.set(LABEL_LINES - 1, cut.get(LABEL_LINES - 1) + "\u2026");
            return cut;
        }
        return lines;
    }

    /** The axis labels (or figure lines); missing ones are empty. */
    static String[] labels(String attribute, int n) {
        String[] given = attribute == null || attribute.isBlank() ? new String[0]
                : attribute.split(java.util.regex.Pattern.quote(SEPARATOR), -1);
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < given.length ? given[i].strip() : "";
        }
        return labels;
    }

    private static BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {dash, gap}, 0);
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static Path2D polygon(double[] values, double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < values.length; i++) {
            double a = angle(i, values.length);
            double v = Math.max(0, Math.min(5, values[i])) / 5 * r;
            if (i == 0) {
                p.moveTo(cx + v * Math.cos(a), cy + v * Math.sin(a));
            } else {
                p.lineTo(cx + v * Math.cos(a), cy + v * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    /** Space-separated numbers; "-" (unknown) counts as 0. */
    static double[] values(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return new double[0];
        }
        String[] parts = attribute.trim().split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parts[i].equals("-") ? 0 : Double.parseDouble(parts[i]);
        }
        return v;
    }
}
