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
        double r = Math.min(w / 2.0 - LABEL_WIDTH - 8, h / 2.0 - (LABEL_LINES + 1) * LINE - 6);
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(GRID);
        for (int level = 1; level <= 5; level++) {
            double rr = r * level / 5;
            g.draw(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr));
        }
        g.setFont(new Font(ReportGenerator.FONT, Font.PLAIN, 1).deriveFont(LABEL_SIZE));
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.setColor(GRID);
            g.draw(new Line2D.Double(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a)));
            g.setColor(Color.DARK_GRAY);
            label(g, labels[i], figures[i], cx + (r + 6) * Math.cos(a), cy + (r + 6) * Math.sin(a), a);
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

    /**
     * Writes a label at the end of an axis: to the right of it on the right half, to the left on the left half,
     * centred above or below it at the top and the bottom.
     */
    private static void label(Graphics2D g, String text, String figures, double x, double y, double angle) {
        var fm = g.getFontMetrics();
        java.util.List<String> lines = new java.util.ArrayList<>(wrap(text, fm));
        if (!figures.isBlank()) {
            lines.add(figures);
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double top = sin < -0.3 ? y - lines.size() * LINE : sin > 0.3 ? y : y - lines.size() * LINE / 2;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int width = fm.stringWidth(line);
            double left = cos > 0.1 ? x : cos < -0.1 ? x - width : x - width / 2.0;
            g.drawString(line, (float) left, (float) (top + (i + 1) * LINE - 2));
        }
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
