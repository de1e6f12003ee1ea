package org.trialbench.publication.pictures;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.trialbench.publication.tables.ConsortFlow;
import org.trialbench.publication.tables.ConsortFlow.ArmFlow;
import org.trialbench.publication.tables.Picture;

/** The CONSORT 2010 flow diagram drawn from a {@link ConsortFlow}: enrolment, allocation, follow-up, analysis. */
public final class ConsortDiagram {

	private static final int LINE = 17;

	private ConsortDiagram() {
	}

	public static Picture render(ConsortFlow flow) {
		int armCount = flow.arms().size();
		int columnWidth = 400;
		int width = Math.max(900, 60 + armCount * (columnWidth + 40));
		List<List<String>> allocation = new ArrayList<>();
		List<List<String>> followUp = new ArrayList<>();
		List<List<String>> analysis = new ArrayList<>();
		for (ArmFlow arm : flow.arms()) {
			List<String> a = new ArrayList<>();
			a.add("Allocated to " + arm.name() + " (n = " + arm.allocated() + ")");
			a.add("  Received allocated intervention (n = " + arm.received() + ")");
			a.add("  Did not receive it (n = " + arm.notReceived() + ")");
			reasons(a, arm.notReceivedReasons());
			allocation.add(a);
			List<String> f = new ArrayList<>();
			f.add("Lost to follow-up (n = " + arm.lostToFollowUp() + ")");
			f.add("Discontinued (n = " + arm.discontinued() + ")");
			reasons(f, arm.discontinuationReasons());
			followUp.add(f);
			analysis.add(List.of("Analysed (n = " + arm.analysed() + ")",
					"  Excluded from analysis (n = " + arm.notAnalysed() + ")", "    primary outcome missing"));
		}
		List<String> excluded = new ArrayList<>();
		excluded.add("Excluded (n = " + flow.excluded() + ")");
		reasons(excluded, flow.exclusionReasons());
		int allocationHeight = boxHeight(allocation);
		int followUpHeight = boxHeight(followUp);
		int analysisHeight = boxHeight(analysis);
		int excludedHeight = excluded.size() * LINE + 16;
		int y0 = 50;
		int randomizedY = y0 + 40 + Math.max(excludedHeight, 50) + 20;
		int allocationY = randomizedY + 40 + 50;
		int followUpY = allocationY + allocationHeight + 50;
		int analysisY = followUpY + followUpHeight + 50;
		int height = analysisY + analysisHeight + 30;

		Canvas c = new Canvas(width, height);
		c.font(15, true);
		c.text("CONSORT flow diagram", 20, 28);
		c.font(12, false);
		int centre = width / 2;
		int topBoxWidth = 300;
		box(c, centre - topBoxWidth / 2, y0, topBoxWidth, 34,
				List.of("Assessed for eligibility (n = " + flow.assessed() + ")"));
		int excludedX = centre + 60;
		int excludedY = y0 + 50;
		box(c, excludedX, excludedY, width - excludedX - 20, excludedHeight, excluded);
		arrow(c, centre, y0 + 34, centre, randomizedY);
		arrow(c, centre, excludedY + excludedHeight / 2, excludedX, excludedY + excludedHeight / 2);
		box(c, centre - topBoxWidth / 2, randomizedY, topBoxWidth, 34,
				List.of("Randomized (n = " + flow.randomized() + ")"));
		int columnsLeft = (width - armCount * columnWidth - (armCount - 1) * 40) / 2;
		double branchY = randomizedY + 34 + 25;
		c.g.draw(new Line2D.Double(centre, randomizedY + 34, centre, branchY));
		for (int i = 0; i < armCount; i++) {
			int x = columnsLeft + i * (columnWidth + 40);
			int mid = x + columnWidth / 2;
			c.g.draw(new Line2D.Double(centre, branchY, mid, branchY));
			arrow(c, mid, branchY, mid, allocationY);
			box(c, x, allocationY, columnWidth, allocationHeight, allocation.get(i));
			arrow(c, mid, allocationY + allocationHeight, mid, followUpY);
			box(c, x, followUpY, columnWidth, followUpHeight, followUp.get(i));
			arrow(c, mid, followUpY + followUpHeight, mid, analysisY);
			box(c, x, analysisY, columnWidth, analysisHeight, analysis.get(i));
		}
		c.font(12, true);
		c.text("Allocation", 12, allocationY - 10);
		c.text("Follow-up", 12, followUpY - 10);
		c.text("Analysis", 12, analysisY - 10);
		c.text("Enrolment", 12, y0 - 10);
		return c.finish("CONSORT flow diagram");
	}

	private static void reasons(List<String> lines, Map<String, Integer> reasons) {
		reasons.forEach((reason, n) -> {
			if (n > 0) {
				lines.add("    " + shorten(reason) + " (n = " + n + ")");
			}
		});
	}

	private static String shorten(String reason) {
		return reason.length() > 44 ? reason.substring(0, 43) + "…" : reason;
	}

	private static int boxHeight(List<List<String>> columns) {
		return columns.stream().mapToInt(List::size).max().orElse(1) * LINE + 16;
	}

	private static void box(Canvas c, double x, double y, double w, double h, List<String> lines) {
		c.g.setColor(java.awt.Color.WHITE);
		c.g.fill(new Rectangle2D.Double(x, y, w, h));
		c.g.setColor(Canvas.INK);
		c.g.draw(new Rectangle2D.Double(x, y, w, h));
		for (int i = 0; i < lines.size(); i++) {
			c.font(12, i == 0);
			c.text(lines.get(i), x + 10, y + 8 + LINE * (i + 1) - 4);
		}
	}

	private static void arrow(Canvas c, double x1, double y1, double x2, double y2) {
		c.g.draw(new Line2D.Double(x1, y1, x2, y2));
		double angle = Math.atan2(y2 - y1, x2 - x1);
		Path2D head = new Path2D.Double();
		head.moveTo(x2, y2);
		head.lineTo(x2 - 9 * Math.cos(angle - 0.4), y2 - 9 * Math.sin(angle - 0.4));
		head.lineTo(x2 - 9 * Math.cos(angle + 0.4), y2 - 9 * Math.sin(angle + 0.4));
		head.closePath();
		c.g.fill(head);
	}
}
