import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the Maakscan icon at every size and writes the files the installers use. The mark: a blue
 * tile with three rising bars (the maturity levels of the scan), the highest one amber (the next
 * step). Each size is drawn on its own pixel grid, so that 16 and 24 pixels stay sharp.
 *
 * Run from the project folder:  java packaging/icon/MaakscanIcon.java packaging
 * Writes icons/maakscan-SIZE.png (16 to 1024), linux/maakscan.png, windows/Maakscan.ico and
 * macos/Maakscan.icns. The generated files are kept in git; run this again after changing the mark.
 */
public final class MaakscanIcon {

    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    private static final Color TOP = new Color(0x2B, 0x6C, 0xB0);
    private static final Color BOTTOM = new Color(0x17, 0x3F, 0x6E);
    private static final Color BAR = new Color(0xF4, 0xF7, 0xFB);
    private static final Color NEXT = new Color(0xF5, 0xA6, 0x23);

    private MaakscanIcon() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging");
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : SIZES) {
            png.put(size, png(draw(size)));
            Files.createDirectories(out.resolve("icons"));
            Files.write(out.resolve("icons/maakscan-" + size + ".png"), png.get(size));
        }
        Files.createDirectories(out.resolve("linux"));
        Files.write(out.resolve("linux/maakscan.png"), png.get(256));
        Files.createDirectories(out.resolve("windows"));
        Files.write(out.resolve("windows/Maakscan.ico"), ico(png, List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.createDirectories(out.resolve("macos"));
        Files.write(out.resolve("macos/Maakscan.icns"), icns(png));
        System.out.println("Icons written to " + out.toAbsolutePath());
    }

    /** The mark at one size, drawn on a 512-unit grid scaled to {@code size} pixels. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double u = size / 512.0;
        double margin = size <= 24 ? 0 : 16 * u;
        double arc = 120 * u;
        g.setPaint(new GradientPaint(0, 0, TOP, 0, size, BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, size - 2 * margin, size - 2 * margin, arc, arc));
        int[] tops = {300, 220, 140};
        int bottom = 400;
        for (int i = 0; i < 3; i++) {
            int x0 = snap(112 + i * 104, u);
            int x1 = snap(112 + i * 104 + 80, u);
            int y0 = snap(tops[i], u);
            int y1 = snap(bottom, u);
            g.setColor(i == 2 ? NEXT : BAR);
            double r = Math.max(0, 14 * u);
            g.fill(new RoundRectangle2D.Double(x0, y0, Math.max(1, x1 - x0), y1 - y0, r, r));
        }
        g.dispose();
        return img;
    }

    private static int snap(int units, double u) {
        return (int) Math.round(units * u);
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(img, "png", b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Windows icon with PNG images (Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png, List<Integer> sizes) {
        int offset = 6 + 16 * sizes.size();
        int total = offset + sizes.stream().mapToInt(s -> png.get(s).length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int s : sizes) {
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(png.get(s).length).putInt(offset);
            offset += png.get(s).length;
        }
        sizes.forEach(s -> b.put(png.get(s)));
        return b.array();
    }

    /** A macOS icon file with PNG images from 16 to 1024 pixels. */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        int total = 8 + types.values().stream().mapToInt(s -> 8 + png.get(s).length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, s) -> {
            b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + png.get(s).length);
            b.put(png.get(s));
        });
        return b.array();
    }
}
