package org.trialbench.publication.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.trialbench.publication.tables.Picture;

/** A white Java2D drawing surface that ends as a PNG; needs no display, so the same figure serves file and screen. */
final class Canvas {
	static final Color INK = new Color(0x20, 0x20, 0x20);
	static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
	static final Color[] ARMS = { new Color(0x1F, 0x6F, 0xB4), new Color(0xD9, 0x5F, 0x0E), new Color(0x2C, 0xA0, 0x2C) };

	final BufferedImage image;
	final Graphics2D g;
	final int width;
	final int height;

	Canvas(int width, int height) {
		this.width = width;
		this.height = height;
		image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(INK);
		g.setStroke(new BasicStroke(1.5f));
		font(13, false);
	}

	void font(int size, boolean bold) {
		g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
	}

	void text(String text, double x, double y) {
		g.drawString(text, (float) x, (float) y);
	}

	void textRight(String text, double right, double y) {
		g.drawString(text, (float) (right - g.getFontMetrics().stringWidth(text)), (float) y);
	}

	void textCentered(String text, double centre, double y) {
		g.drawString(text, (float) (centre - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
	}

	FontMetrics metrics() {
		return g.getFontMetrics();
	}

	Picture finish(String title) {
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("no PNG writer in this Java runtime");
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot render " + title, e);
		}
		return new Picture(title, out.toByteArray(), width, height);
	}
}
