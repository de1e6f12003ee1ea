package org.trialbench.publication.pictures;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.trialbench.publication.statistics.RiskDifference;
import org.trialbench.publication.tables.ArmComparison;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.Picture;
import org.trialbench.publication.tables.SubgroupTable.Subgroup;

/** Forest plot of the risk difference (95% CI) in each subgroup and overall, on a -100 to 100 percentage-point axis. */
public final class ForestPlot {

	private ForestPlot() {
	}

	public static Picture render(List<Subgroup> subgroups, String first, String second) {
		int rowHeight = 34;
		int top = 70;
		int width = 900;
		int height = top + rowHeight * subgroups.size() + 80;
		Canvas c = new Canvas(width, height);
		double left = 470;
		double right = 860;
		c.font(15, true);
		c.text("Treatment success: risk difference, % points (95% CI)", 20, 28);
		c.font(12, false);
		c.text("Subgroup", 20, top - 12);
		c.textRight(first, 300, top - 12);
		c.textRight(second, 400, top - 12);
		double zero = x(0, left, right);
		c.g.setColor(Canvas.GRID);
		for (int tick = -100; tick <= 100; tick += 25) {
			double tx = x(tick, left, right);
			c.g.draw(new Line2D.Double(tx, top - 4, tx, top + rowHeight * subgroups.size()));
		}
		c.g.setColor(Canvas.INK);
		c.g.draw(new Line2D.Double(zero, top - 8, zero, top + rowHeight * subgroups.size() + 4));
		for (int i = 0; i < subgroups.size(); i++) {
			Subgroup g = subgroups.get(i);
			ArmComparison comparison = g.comparison();
			double y = top + rowHeight * i + rowHeight / 2.0;
			boolean overall = i == subgroups.size() - 1;
			c.font(12, overall);
			c.text(g.label(), 20, y + 4);
			c.textRight(Formats.fraction(comparison.first()), 300, y + 4);
			c.textRight(Formats.fraction(comparison.second()), 400, y + 4);
			RiskDifference rd = comparison.riskDifference();
			if (rd == null) {
				c.text("not estimable", left + 10, y + 4);
				continue;
			}
			double lo = x(100 * rd.interval().lower(), left, right);
			double hi = x(100 * rd.interval().upper(), left, right);
			double est = x(100 * rd.estimate(), left, right);
			c.g.setColor(overall ? Canvas.INK : Canvas.ARMS[0]);
			c.g.setStroke(new BasicStroke(2f));
			c.g.draw(new Line2D.Double(lo, y, hi, y));
			// marker area in proportion to the subgroup's size, as forest plots conventionally weight
			int n = comparison.first().total() + comparison.second().total();
			double size = overall ? 12 : Math.max(6, Math.min(12, 4 + Math.sqrt(n)));
			c.g.fill(new Rectangle2D.Double(est - size / 2, y - size / 2, size, size));
			c.g.setColor(Canvas.INK);
			c.g.setStroke(new BasicStroke(1.5f));
		}
		double axis = top + rowHeight * subgroups.size() + 4;
		c.g.draw(new Line2D.Double(left, axis, right, axis));
		c.font(11, false);
		for (int tick = -100; tick <= 100; tick += 50) {
			double tx = x(tick, left, right);
			c.g.draw(new Line2D.Double(tx, axis, tx, axis + 5));
			c.textCentered(String.valueOf(tick), tx, axis + 19);
		}
		c.textCentered("← favours " + second + "      favours " + first + " →", zero, axis + 40);
		return c.finish("Forest plot: treatment success by diagnosis");
	}

	private static double x(double percentagePoints, double left, double right) {
		return left + (percentagePoints + 100) / 200 * (right - left);
	}
}
