import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the two icons Teams needs for Baton's app package: color.png (192x192, full colour) and
 * outline.png (32x32, white on transparent). Run from the repository root:
 * {@code java docs/teams/IconGenerator.java docs/teams}. The PNGs it writes are committed.
 */
public final class IconGenerator {
    private static final Color ACCENT = new Color(0x3A, 0x5B, 0xC7);

    public static void main(String[] args) throws IOException {
        File directory = new File(args.length > 0 ? args[0] : ".");
        ImageIO.write(color(), "png", new File(directory, "color.png"));
        ImageIO.write(outline(), "png", new File(directory, "outline.png"));
    }

    /** A relay baton across a speech bubble, white on the accent colour. */
    private static BufferedImage color() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image);
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Double(0, 0, 192, 192, 40, 40));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new RoundRectangle2D.Double(30, 38, 132, 96, 28, 28));
        g.fillPolygon(new int[] {62, 92, 62}, new int[] {128, 128, 160}, 3);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(64, 106, 128, 66));
        g.dispose();
        return image;
    }

    /** The same baton and bubble, white lines on a transparent background, as Teams requires. */
    private static BufferedImage outline() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(image);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new RoundRectangle2D.Double(3, 5, 26, 18, 6, 6));
        g.fillPolygon(new int[] {9, 15, 9}, new int[] {22, 22, 28}, 3);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, 18, 22, 10));
        g.dispose();
        return image;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
