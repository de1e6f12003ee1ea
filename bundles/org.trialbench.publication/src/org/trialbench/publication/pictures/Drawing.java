package org.trialbench.publication.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

import org.trialbench.publication.tables.Picture;

/**
 * A figure kept as a list of strokes and labels in points (1/72 inch), so that one drawing gives both a raster
 * PNG at any resolution (Java2D, headless) and a vector SVG with the same geometry.
 */
final class Drawing {

	enum Align {
		LEFT, CENTER, RIGHT
	}

	private sealed interface Mark permits Stroke, Label {
	}

	private record Stroke(double[] xy, Color color, double width, boolean dashed) implements Mark {
	}

	private record Label(String text, double x, double y, double size, boolean bold, Align align, Color color)
			implements Mark {
	}

	private final double width;
	private final double height;
	private final List<Mark> marks = new ArrayList<>();

	Drawing(double width, double height) {
		this.width = width;
		this.height = height;
	}

	/** A polyline through x0, y0, x1, y1, ... */
	void line(Color color, double lineWidth, boolean dashed, double... xy) {
		marks.add(new Stroke(xy.clone(), color, lineWidth, dashed));
	}

	void text(String text, double x, double y, double size, boolean bold, Align align, Color color) {
		marks.add(new Label(text, x, y, size, bold, align, color));
	}

	/** The drawing as PNG at {@code dpi}, with the resolution recorded in the file, shown at 96 dpi on screen. */
	Picture picture(String title, int dpi) {
		double scale = dpi / 72.0;
		int pixelsWide = (int) Math.ceil(width * scale);
		int pixelsHigh = (int) Math.ceil(height * scale);
		BufferedImage image = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, pixelsWide, pixelsHigh);
		g.scale(scale, scale);
		for (Mark mark : marks) {
			if (mark instanceof Stroke s) {
				g.setColor(s.color());
				g.setStroke(s.dashed() ? new BasicStroke((float) s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
						10, new float[] { 4, 3 }, 0) : new BasicStroke((float) s.width(), BasicStroke.CAP_BUTT,
								BasicStroke.JOIN_MITER));
				Path2D.Double path = new Path2D.Double();
				path.moveTo(s.xy()[0], s.xy()[1]);
				for (int i = 2; i < s.xy().length; i += 2) {
					path.lineTo(s.xy()[i], s.xy()[i + 1]);
				}
				g.draw(path);
			} else if (mark instanceof Label l) {
				g.setColor(l.color());
				g.setFont(new Font(Font.SANS_SERIF, l.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) l.size()));
				double w = g.getFontMetrics().getStringBounds(l.text(), g).getWidth();
				double x = switch (l.align()) {
				case LEFT -> l.x();
				case CENTER -> l.x() - w / 2;
				case RIGHT -> l.x() - w;
				};
				g.drawString(l.text(), (float) x, (float) l.y());
			}
		}
		g.dispose();
		return new Picture(title, png(image, dpi, title), (int) Math.round(width * 96 / 72),
				(int) Math.round(height * 96 / 72), svg(title));
	}

	private static byte[] png(BufferedImage image, int dpi, String title) {
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					writer.getDefaultWriteParam());
			// pHYs: pixels per metre, so that print and office programs size the figure for its resolution
			// rounded up: readers truncate pixels per metre × 0.0254 to whole dots per inch
			String perMetre = Integer.toString((int) Math.ceil(dpi / 0.0254));
			IIOMetadataNode physical = new IIOMetadataNode("pHYs");
			physical.setAttribute("pixelsPerUnitXAxis", perMetre);
			physical.setAttribute("pixelsPerUnitYAxis", perMetre);
			physical.setAttribute("unitSpecifier", "meter");
			IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
			root.appendChild(physical);
			metadata.mergeTree("javax_imageio_png_1.0", root);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (param.canWriteCompressed()) {
				// the fastest deflate level: a figure that is mostly white compresses well at any level, and the
				// default level took longer than all the tables' arithmetic at 10,000 subjects
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.85f);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (var stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new IIOImage(image, null, metadata), param);
			} finally {
				writer.dispose();
			}
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot render " + title, e);
		}
	}

	String svg(String title) {
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.2fpt\" height=\"%.2fpt\" viewBox=\"0 0 %.2f %.2f\">\n",
				width, height, width, height));
		svg.append("<title>").append(escape(title)).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		for (Mark mark : marks) {
			if (mark instanceof Stroke s) {
				svg.append("<polyline fill=\"none\" stroke=\"").append(hex(s.color()))
						.append(String.format(Locale.ROOT, "\" stroke-width=\"%.2f\"", s.width()))
						.append(s.dashed() ? " stroke-dasharray=\"4 3\"" : "").append(" points=\"");
				for (int i = 0; i < s.xy().length; i += 2) {
					svg.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "" : " ", s.xy()[i], s.xy()[i + 1]));
				}
				svg.append("\"/>\n");
			} else if (mark instanceof Label l) {
				String anchor = switch (l.align()) {
				case LEFT -> "start";
				case CENTER -> "middle";
				case RIGHT -> "end";
				};
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.2f\" y=\"%.2f\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"%.1f\"%s "
								+ "text-anchor=\"%s\" fill=\"%s\">",
						l.x(), l.y(), l.size(), l.bold() ? " font-weight=\"bold\"" : "", anchor, hex(l.color())))
						.append(escape(l.text())).append("</text>\n");
			}
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static String hex(Color color) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
