package org.trialbench.publication.pictures;

import java.awt.Color;
import java.util.Arrays;

import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.statistics.KaplanMeier;
import org.trialbench.publication.tables.Durability;
import org.trialbench.publication.tables.Formats;
import org.trialbench.publication.tables.Picture;

/**
 * Kaplan–Meier curves of freedom from treatment failure by arm, as a journal prints them: step curves, a tick
 * where a subject is censored, the stratified hazard ratio and log-rank p, and the numbers at risk under the time
 * axis. 6.5 × 4.6 inches, 300 dpi PNG, with the same drawing as SVG.
 */
public final class KaplanMeierFigure {

	public static final int DPI = 300;
	public static final String TITLE = "Kaplan–Meier estimate of freedom from treatment failure";

	private static final Color INK = new Color(0x20, 0x20, 0x20);
	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
	private static final Color[] ARMS = { new Color(0x1F, 0x6F, 0xB4), new Color(0xD9, 0x5F, 0x0E) };

	private KaplanMeierFigure() {
	}

	public static Picture render(AnalysisDataset data, Durability durability) {
		return drawing(data, durability).picture(TITLE, DPI);
	}

	static Drawing drawing(AnalysisDataset data, Durability durability) {
		double width = 468;
		double height = 330;
		double left = 58;
		double right = width - 16;
		double top = 34;
		double bottom = 210;
		Drawing d = new Drawing(width, height);
		d.text("Freedom from treatment failure (re-intervention), " + durability.population().label(), 10, 16, 9.5,
				true, Drawing.Align.LEFT, INK);
		double maxTime = 0;
		for (KaplanMeier km : durability.curves()) {
			double[] t = km.times();
			if (t.length > 0) {
				maxTime = Math.max(maxTime, t[t.length - 1]);
			}
		}
		double step = tickStep(maxTime);
		double end = Math.max(step, Math.ceil(maxTime / step) * step);
		for (int p = 0; p <= 100; p += 25) {
			double y = bottom - p / 100.0 * (bottom - top);
			d.line(GRID, 0.5, false, left, y, right, y);
			d.text(p + "%", left - 5, y + 3, 8, false, Drawing.Align.RIGHT, INK);
		}
		d.line(INK, 0.8, false, left, top, left, bottom, right, bottom);
		for (double t = 0; t <= end + 1e-9; t += step) {
			double x = left + t / end * (right - left);
			d.line(INK, 0.8, false, x, bottom, x, bottom + 3);
			d.text(Formats.fixed(t, 0), x, bottom + 12, 8, false, Drawing.Align.CENTER, INK);
		}
		d.text("Days since the procedure", (left + right) / 2, bottom + 24, 8.5, false, Drawing.Align.CENTER, INK);
		d.text("Free of failure", 10, top - 8, 8.5, false, Drawing.Align.LEFT, INK);
		double riskTop = bottom + 44;
		d.text("Number at risk", 10, riskTop, 8.5, true, Drawing.Align.LEFT, INK);
		for (int a = 0; a < durability.curves().size() && a < ARMS.length; a++) {
			KaplanMeier km = durability.curves().get(a);
			Color color = ARMS[a];
			double[] t = km.times();
			double[] s = km.survival();
			int[] censored = km.censoredAt();
			// the step curve: level until each time, then drop
			double[] xy = new double[4 * t.length + 4];
			int n = 0;
			double level = 1;
			xy[n++] = left;
			xy[n++] = y(level, top, bottom);
			for (int k = 0; k < t.length; k++) {
				double x = left + t[k] / end * (right - left);
				xy[n++] = x;
				xy[n++] = y(level, top, bottom);
				level = s[k];
				xy[n++] = x;
				xy[n++] = y(level, top, bottom);
			}
			d.line(color, 1.3, a == 1, Arrays.copyOf(xy, n));
			for (int k = 0; k < t.length; k++) {
				if (censored[k] > 0) {
					double x = left + t[k] / end * (right - left);
					double y = y(s[k], top, bottom);
					d.line(color, 0.8, false, x, y - 3, x, y + 3);
				}
			}
			// the legend low on the left, where the curves have not yet fallen
			double legendY = bottom - 36 + a * 12;
			d.line(color, 1.3, a == 1, left + 6, legendY - 3, left + 26, legendY - 3);
			d.text(data.armName(durability.arms().get(a)) + " (" + km.events() + " events / " + km.subjects() + ")",
					left + 30, legendY, 8, false, Drawing.Align.LEFT, INK);
			double rowY = riskTop + 13 + a * 12;
			d.text(data.armName(durability.arms().get(a)), 10, rowY, 8, false, Drawing.Align.LEFT, color);
			for (double time = 0; time <= end + 1e-9; time += step) {
				double x = left + time / end * (right - left);
				d.text(String.valueOf(km.atRisk(time)), x, rowY, 8, false, Drawing.Align.CENTER, INK);
			}
		}
		if (durability.cox() != null && durability.logRank() != null) {
			String hr = durability.cox().estimable()
					? "HR " + Formats.fixed(durability.cox().hazardRatio(), 2) + " (95% CI "
							+ Formats.interval(durability.cox().interval(), 1, 2) + ")"
					: "HR not estimable";
			String p = "log-rank p " + Formats.pValue(durability.logRank().pValue());
			d.text(hr + ", " + p + ", stratified by diagnosis", left + 6, bottom - 8, 8, false, Drawing.Align.LEFT,
					INK);
		}
		d.text("Tick marks: censored subjects.", 10, height - 8, 7, false, Drawing.Align.LEFT, INK);
		return d;
	}

	private static double y(double survival, double top, double bottom) {
		return bottom - survival * (bottom - top);
	}

	/** A round step giving 4 to 8 ticks: 30, 60, 90, 180 or 365 days and multiples. */
	static double tickStep(double maxTime) {
		for (double step : new double[] { 7, 14, 30, 60, 90, 180, 365, 730, 1825 }) {
			if (maxTime / step <= 8) {
				return step;
			}
		}
		return Math.ceil(maxTime / 8 / 365) * 365;
	}
}
