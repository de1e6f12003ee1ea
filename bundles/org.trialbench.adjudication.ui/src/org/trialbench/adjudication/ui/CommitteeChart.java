package org.trialbench.adjudication.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.adjudication.Agreement;
import org.trialbench.adjudication.CommitteeOverview;
import org.trialbench.clinical.AdjudicationStatus;

/**
 * The committee's picture: one bar per case state (how much is still open, agreed, in consensus, resolved) and the
 * agreement matrix of the two independent reviews, first decision by row and second by column, each cell shaded by
 * its count so that the diagonal (agreement) stands out. It draws what {@link CommitteeOverview} computed.
 */
final class CommitteeChart extends Canvas {

	static final String[] STATE_LABELS = { "Pending", "In review", "Agreed", "Consensus", "Resolved", "Cancelled" };
	static final RGB[] STATE_COLOURS = { new RGB(189, 189, 189), new RGB(66, 133, 244), new RGB(52, 168, 83),
			new RGB(234, 134, 0), new RGB(0, 121, 107), new RGB(120, 120, 120) };
	static final String[] DECISION_LABELS = { "Met", "Not met", "Indet." };
	/** The darkest cell colour; lighter cells are blended towards white by their share of the largest count. */
	static final RGB CELL_COLOUR = new RGB(25, 90, 160);

	private static final int MARGIN = 10;
	private static final int LABEL_WIDTH = 80;
	private static final int BAR_HEIGHT = 16;
	private static final int BAR_GAP = 6;
	private static final int CELL = 52;
	private static final int MATRIX_LABEL = 56;

	private CommitteeOverview overview;

	CommitteeChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addListener(SWT.Paint, e -> draw(e.gc, getClientArea()));
	}

	void setOverview(CommitteeOverview overview) {
		this.overview = overview;
		redraw();
	}

	CommitteeOverview overview() {
		return overview;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int bars = MARGIN * 2 + 18 + STATE_LABELS.length * (BAR_HEIGHT + BAR_GAP);
		int matrix = MARGIN * 2 + 18 + 18 + 3 * CELL + 20;
		return new Point(wHint == SWT.DEFAULT ? 760 : wHint, hHint == SWT.DEFAULT ? Math.max(bars, matrix) : hHint);
	}

	/** Where the bars end: the right part of the area belongs to the matrix. */
	private static int barsRight(Rectangle area) {
		return area.x + area.width - (MATRIX_LABEL + 3 * CELL + 3 * MARGIN + 40);
	}

	/** The bar of one state, its length in proportion to the largest state's count (empty when none). */
	Rectangle barOf(AdjudicationStatus status, Rectangle area) {
		int largest = 1;
		for (int count : overview.byStatus().values()) {
			largest = Math.max(largest, count);
		}
		int count = overview.byStatus().getOrDefault(status, 0);
		int left = area.x + MARGIN + LABEL_WIDTH;
		int room = Math.max(0, barsRight(area) - left - 40); // 40: the count written after the bar
		int y = area.y + MARGIN + 18 + status.getValue() * (BAR_HEIGHT + BAR_GAP);
		return new Rectangle(left, y, room * count / largest, BAR_HEIGHT);
	}

	/** The matrix cell of first decision {@code row} and second decision {@code column}. */
	Rectangle cellOf(int row, int column, Rectangle area) {
		int left = barsRight(area) + 2 * MARGIN + MATRIX_LABEL;
		int top = area.y + MARGIN + 18 + 18;
		return new Rectangle(left + column * CELL, top + row * CELL, CELL, CELL);
	}

	/** The cell's colour: white for none, {@link #CELL_COLOUR} for the largest count. */
	static RGB cellColour(int count, int largest) {
		double share = largest == 0 ? 0 : (double) count / largest;
		return new RGB(blend(255, CELL_COLOUR.red, share), blend(255, CELL_COLOUR.green, share),
				blend(255, CELL_COLOUR.blue, share));
	}

	private static int blend(int from, int to, double share) {
		return (int) Math.round(from + (to - from) * share);
	}

	void draw(GC gc, Rectangle area) {
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		if (overview == null) {
			gc.drawText("Loading the adjudication overview...", area.x + MARGIN, area.y + MARGIN, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.drawText("Cases by state", area.x + MARGIN, area.y + MARGIN, true);
		for (AdjudicationStatus status : AdjudicationStatus.VALUES) {
			Rectangle bar = barOf(status, area);
			int textY = bar.y + (BAR_HEIGHT - gc.getFontMetrics().getHeight()) / 2;
			gc.drawText(STATE_LABELS[status.getValue()], area.x + MARGIN, textY, true);
			Color colour = new Color(STATE_COLOURS[status.getValue()]);
			gc.setBackground(colour);
			gc.fillRectangle(bar);
			gc.drawText(Integer.toString(overview.byStatus().getOrDefault(status, 0)), bar.x + bar.width + 6, textY,
					true);
		}
		drawMatrix(gc, area);
	}

	private void drawMatrix(GC gc, Rectangle area) {
		Agreement agreement = overview.agreement();
		Rectangle first = cellOf(0, 0, area);
		gc.drawText("1st review (rows) by 2nd", first.x - MATRIX_LABEL, area.y + MARGIN, true);
		int largest = 0;
		for (int[] row : agreement.table()) {
			for (int count : row) {
				largest = Math.max(largest, count);
			}
		}
		for (int c = 0; c < DECISION_LABELS.length; c++) {
			Point size = gc.textExtent(DECISION_LABELS[c]);
			gc.drawText(DECISION_LABELS[c], first.x + c * CELL + (CELL - size.x) / 2, first.y - 18, true);
		}
		for (int r = 0; r < DECISION_LABELS.length; r++) {
			gc.drawText(DECISION_LABELS[r], first.x - MATRIX_LABEL,
					first.y + r * CELL + (CELL - gc.getFontMetrics().getHeight()) / 2, true);
			for (int c = 0; c < DECISION_LABELS.length; c++) {
				Rectangle cell = cellOf(r, c, area);
				int count = agreement.table()[r][c];
				RGB rgb = cellColour(count, largest);
				gc.setBackground(new Color(rgb));
				gc.fillRectangle(cell);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
				gc.drawRectangle(cell);
				// dark cells get white figures
				boolean dark = rgb.red * 299 + rgb.green * 587 + rgb.blue * 114 < 128_000;
				gc.setForeground(getDisplay().getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
				String text = Integer.toString(count);
				Point size = gc.textExtent(text);
				gc.drawText(text, cell.x + (CELL - size.x) / 2, cell.y + (CELL - size.y) / 2, true);
			}
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		if (agreement.cases() > 0) {
			gc.drawText(String.format(java.util.Locale.ROOT, "kappa %.2f", agreement.kappa()), first.x,
					first.y + 3 * CELL + 3, true);
		}
	}
}
