package org.trialbench.monitoring.ui;

import java.awt.image.BufferedImage;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Shows a chart the monitoring core draws (Java2D, so that reports embed the same picture) at the canvas's size,
 * redrawn when the canvas is resized or the figures change.
 */
final class ChartCanvas extends Canvas {

	private BiFunction<Integer, Integer, BufferedImage> chart;
	private Image image;

	ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addListener(SWT.Resize, e -> render());
		addListener(SWT.Paint, e -> {
			if (image != null) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		addListener(SWT.Dispose, e -> {
			if (image != null) {
				image.dispose();
			}
		});
	}

	/** The chart for a width and height. */
	void show(BiFunction<Integer, Integer, BufferedImage> newChart) {
		chart = newChart;
		render();
	}

	private void render() {
		Point size = getSize();
		if (chart == null || size.x < 50 || size.y < 50) {
			return;
		}
		Image old = image;
		image = new Image(getDisplay(), toImageData(chart.apply(size.x, size.y)));
		if (old != null) {
			old.dispose();
		}
		redraw();
	}

	static ImageData toImageData(BufferedImage picture) {
		ImageData data = new ImageData(picture.getWidth(), picture.getHeight(), 24,
				new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[picture.getWidth()];
		for (int y = 0; y < picture.getHeight(); y++) {
			picture.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int x = 0; x < row.length; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, row.length, row, 0);
		}
		return data;
	}
}
