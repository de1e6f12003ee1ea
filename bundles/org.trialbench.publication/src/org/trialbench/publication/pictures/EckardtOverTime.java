package org.trialbench.publication.pictures;

import static org.trialbench.protocol.poembtx.PoemBtxOids.ITEM_ECKARDT_TOTAL;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;

import org.trialbench.protocol.VisitDefinition;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.AnalysisSubject;
import org.trialbench.publication.Population;
import org.trialbench.publication.statistics.Summary;
import org.trialbench.publication.tables.Picture;

/** Mean Eckardt score (± 95% CI of the mean, normal approximation) at each visit, one line per arm. */
public final class EckardtOverTime {

	private EckardtOverTime() {
	}

	public static Picture render(AnalysisDataset data, Population population, List<VisitDefinition> visits) {
		int width = 900;
		int height = 480;
		Canvas c = new Canvas(width, height);
		double left = 80;
		double right = width - 40;
		double top = 60;
		double bottom = height - 70;
		c.font(15, true);
		c.text("Eckardt score over time by arm (mean, 95% CI), " + population.label(), 20, 28);
		c.font(11, false);
		for (int score = 0; score <= 12; score += 3) {
			double y = y(score, top, bottom);
			c.g.setColor(Canvas.GRID);
			c.g.draw(new Line2D.Double(left, y, right, y));
			c.g.setColor(Canvas.INK);
			c.textRight(String.valueOf(score), left - 8, y + 4);
		}
		// success threshold of the primary endpoint
		c.g.setColor(Canvas.INK);
		c.g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
		c.g.draw(new Line2D.Double(left, y(3, top, bottom), right, y(3, top, bottom)));
		c.text("success ≤ 3", right - 80, y(3, top, bottom) - 6);
		c.g.setStroke(new BasicStroke(1.5f));
		c.g.draw(new Line2D.Double(left, top, left, bottom));
		c.g.draw(new Line2D.Double(left, bottom, right, bottom));
		double step = (right - left) / Math.max(1, visits.size());
		for (int i = 0; i < visits.size(); i++) {
			c.textCentered(visits.get(i).getName(), left + step * (i + 0.5), bottom + 20);
		}
		List<String> arms = data.arms();
		for (int a = 0; a < arms.size(); a++) {
			List<AnalysisSubject> subjects = data.in(population, arms.get(a));
			c.g.setColor(Canvas.ARMS[a % Canvas.ARMS.length]);
			c.g.setStroke(new BasicStroke(2.2f));
			double offset = (a - (arms.size() - 1) / 2.0) * 8;
			double[] previous = null;
			int[] places = data.places(subjects);
			for (int i = 0; i < visits.size(); i++) {
				double[] values = data.numbers(places, visits.get(i).getOid(), ITEM_ECKARDT_TOTAL);
				int n = 0;
				for (double v : values) {
					if (!Double.isNaN(v)) {
						values[n++] = v;
					}
				}
				Summary summary = Summary.of(values, n);
				if (summary.n() == 0) {
					previous = null;
					continue;
				}
				double x = left + step * (i + 0.5) + offset;
				double y = y(summary.mean(), top, bottom);
				if (summary.n() > 1) {
					double half = 1.959963984540054 * summary.sd() / Math.sqrt(summary.n());
					c.g.draw(new Line2D.Double(x, y(summary.mean() - half, top, bottom), x,
							y(summary.mean() + half, top, bottom)));
				}
				c.g.fill(new Ellipse2D.Double(x - 4.5, y - 4.5, 9, 9));
				if (previous != null) {
					c.g.draw(new Line2D.Double(previous[0], previous[1], x, y));
				}
				previous = new double[] { x, y };
			}
			c.font(12, true);
			c.text(data.armName(arms.get(a)) + " (n = " + subjects.size() + ")", left + 20 + a * 260, height - 20);
		}
		c.g.setColor(Canvas.INK);
		c.font(11, false);
		c.text("Eckardt score (0–12)", 10, top - 12);
		return c.finish("Eckardt score over time by arm");
	}

	private static double y(double score, double top, double bottom) {
		return bottom - Math.max(0, Math.min(12, score)) / 12 * (bottom - top);
	}
}
