package org.trialbench.enrolment.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.enrolment.SiteStatusBoard;
import org.trialbench.ui.labels.StatusWords;

/**
 * One bar per site, as long as the site's number of subjects against the largest site, split into segments by
 * status in the order a subject passes through them; the queries waiting for the site follow the bar. A legend of
 * the statuses sits on top. It draws what {@link SiteStatusBoard} counted.
 */
final class SiteStatusChart extends Canvas {

	/** The statuses' words, capitalized for the legend. */
	static final String[] STATUS_LABELS = SiteStatusBoard.STATUS_ORDER.stream().map(StatusWords::of)
			.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toArray(String[]::new);
	/** Colours by {@link SiteStatusBoard#STATUS_ORDER}: in progress blue, done green, stopped greys and reds. */
	static final RGB[] STATUS_COLOURS = { new RGB(66, 133, 244), new RGB(189, 189, 189), new RGB(0, 121, 107),
			new RGB(52, 168, 83), new RGB(234, 134, 0), new RGB(200, 60, 50) };

	private static final int MARGIN = 10;
	private static final int LEGEND = 24;
	static final int LABEL_WIDTH = 230;
	private static final int BAR_HEIGHT = 18;
	private static final int BAR_GAP = 8;
	static final int AFTER_BAR = 320;

	private SiteStatusBoard board;

	SiteStatusChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addListener(SWT.Paint, e -> draw(e.gc, getClientArea()));
	}

	void setBoard(SiteStatusBoard board) {
		this.board = board;
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int rows = board == null ? 1 : board.sites().size();
		return new Point(wHint == SWT.DEFAULT ? 900 : wHint,
				hHint == SWT.DEFAULT ? 2 * MARGIN + LEGEND + rows * (BAR_HEIGHT + BAR_GAP) : hHint);
	}

	/**
	 * The segment of one status in one site's bar: segments follow each other in {@link SiteStatusBoard#STATUS_ORDER};
	 * the whole bar is in proportion to the largest site. Empty (width 0) for a status without subjects.
	 */
	Rectangle segmentOf(int siteIndex, SubjectStatus status, Rectangle area) {
		SiteStatusBoard.Row row = board.sites().get(siteIndex);
		int room = Math.max(0, area.width - 2 * MARGIN - LABEL_WIDTH - AFTER_BAR);
		int largest = Math.max(1, board.largestSite());
		int x = area.x + MARGIN + LABEL_WIDTH;
		int y = area.y + MARGIN + LEGEND + siteIndex * (BAR_HEIGHT + BAR_GAP);
		int before = 0;
		for (SubjectStatus s : SiteStatusBoard.STATUS_ORDER) {
			if (s == status) {
				int start = room * before / largest;
				int end = room * (before + row.count(s)) / largest;
				return new Rectangle(x + start, y, end - start, BAR_HEIGHT);
			}
			before += row.count(s);
		}
		throw new IllegalArgumentException(String.valueOf(status));
	}

	private void draw(GC gc, Rectangle area) {
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (board == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		Color text = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		List<SubjectStatus> order = SiteStatusBoard.STATUS_ORDER;
		int x = area.x + MARGIN + LABEL_WIDTH;
		for (int i = 0; i < order.size(); i++) {
			Color colour = new Color(STATUS_COLOURS[i]);
			gc.setBackground(colour);
			gc.fillRectangle(x, area.y + MARGIN + 3, 12, 12);
			colour.dispose();
			gc.setForeground(text);
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			gc.drawString(STATUS_LABELS[i], x + 16, area.y + MARGIN, true);
			x += 16 + gc.textExtent(STATUS_LABELS[i]).x + 18;
		}
		for (int site = 0; site < board.sites().size(); site++) {
			SiteStatusBoard.Row row = board.sites().get(site);
			int y = area.y + MARGIN + LEGEND + site * (BAR_HEIGHT + BAR_GAP);
			gc.setForeground(text);
			String label = row.label();
			while (label.length() > 4 && gc.textExtent(label).x > LABEL_WIDTH - 8) {
				label = label.substring(0, label.length() - 2);
			}
			if (!label.equals(row.label())) {
				label = label + "…";
			}
			gc.drawString(label, area.x + MARGIN, y + 1, true);
			int end = area.x + MARGIN + LABEL_WIDTH;
			for (int i = 0; i < order.size(); i++) {
				Rectangle segment = segmentOf(site, order.get(i), area);
				if (segment.width > 0) {
					Color colour = new Color(STATUS_COLOURS[i]);
					gc.setBackground(colour);
					gc.fillRectangle(segment);
					colour.dispose();
					end = segment.x + segment.width;
				}
			}
			gc.setForeground(text);
			String after = row.subjects() + " subjects, " + row.everRandomized() + " randomized"
					+ (row.awaitingSite() == 0 ? ""
							: ", " + row.awaitingSite() + (row.awaitingSite() == 1 ? " query" : " queries") + " to answer");
			gc.drawString(after, end + 8, y + 1, true);
		}
	}
}
