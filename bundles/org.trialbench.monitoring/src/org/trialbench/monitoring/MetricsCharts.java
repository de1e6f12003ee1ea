package org.trialbench.monitoring;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import javax.imageio.ImageIO;

/**
 * The dashboard's charts, drawn with Java2D so that the workbench shows and the visit report embeds the same
 * pictures: enrolment over time per site, SDV completion per site, unresolved queries by age per site, overdue
 * visits per site.
 */
public final class MetricsCharts {

	/** Site colours, distinguishable in colour and in grey print. */
	private static final Color[] SERIES = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
			new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
			new Color(0xbcbd22), new Color(0x17becf) };
	/** Query age buckets from young (light) to old (dark red). */
	private static final Color[] AGE = { new Color(0xfdd49e), new Color(0xfc8d59), new Color(0xd7301f),
			new Color(0x7f0000) };

	private static final int MARGIN_LEFT = 56;
	private static final int MARGIN_RIGHT = 16;
	private static final int MARGIN_TOP = 34;
	private static final int MARGIN_BOTTOM = 46;

	private MetricsCharts() {
	}

	/** Cumulative subjects consented per site, month by month. */
	public static BufferedImage enrolment(List<SiteMetrics> sites, int width, int height) {
		YearMonth first = null;
		YearMonth last = null;
		for (SiteMetrics site : sites) {
			if (!site.consentedByMonth().isEmpty()) {
				YearMonth a = site.consentedByMonth().firstKey();
				YearMonth b = site.consentedByMonth().lastKey();
				first = first == null || a.isBefore(first) ? a : first;
				last = last == null || b.isAfter(last) ? b : last;
			}
		}
		BufferedImage image = canvas(width, height);
		Graphics2D g = graphics(image);
		title(g, "Enrolment: subjects consented (cumulative)", width);
		if (first == null) {
			empty(g, width, height);
			return done(g, image);
		}
		List<SortedMap<YearMonth, Integer>> series = new ArrayList<>();
		int max = 1;
		for (SiteMetrics site : sites) {
			SortedMap<YearMonth, Integer> totals = SiteMetrics.cumulative(site.consentedByMonth(), first, last);
			series.add(totals);
			max = Math.max(max, totals.get(last));
		}
		int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
		Plot plot = new Plot(width, height, max);
		plot.axes(g);
		for (int m = 0; m < months; m += Math.max(1, months / 6)) {
			int x = plot.x(m, months);
			g.setColor(Color.DARK_GRAY);
			g.drawString(first.plusMonths(m).toString(), x - 18, height - MARGIN_BOTTOM + 16);
		}
		g.setStroke(new BasicStroke(2f));
		for (int s = 0; s < series.size(); s++) {
			g.setColor(SERIES[s % SERIES.length]);
			int px = -1;
			int py = -1;
			int m = 0;
			for (int total : series.get(s).values()) {
				int x = plot.x(m++, months);
				int y = plot.y(total);
				if (px >= 0) {
					g.drawLine(px, py, x, y);
				}
				px = x;
				py = y;
			}
		}
		legend(g, sites.stream().map(SiteMetrics::siteCode).toList(), width);
		return done(g, image);
	}

	/** Verified share of the required values per site, in percent. */
	public static BufferedImage sdvCompletion(List<SiteMetrics> sites, int width, int height) {
		BufferedImage image = canvas(width, height);
		Graphics2D g = graphics(image);
		title(g, "SDV completion: verified of required (%)", width);
		Plot plot = new Plot(width, height, 100);
		plot.axes(g);
		for (int i = 0; i < sites.size(); i++) {
			SiteMetrics site = sites.get(i);
			int percent = (int) Math.round(site.sdvCompletion() * 100);
			plot.bar(g, i, sites.size(), 0, percent, SERIES[i % SERIES.length]);
			plot.label(g, i, sites.size(), site.siteCode(), percent + "%");
		}
		return done(g, image);
	}

	/** Unresolved queries per site, stacked by age. */
	public static BufferedImage queryAge(List<SiteMetrics> sites, int width, int height) {
		BufferedImage image = canvas(width, height);
		Graphics2D g = graphics(image);
		title(g, "Unresolved queries by age", width);
		int max = Math.max(1, sites.stream().mapToInt(SiteMetrics::unresolvedQueries).max().orElse(1));
		Plot plot = new Plot(width, height, max);
		plot.axes(g);
		for (int i = 0; i < sites.size(); i++) {
			SiteMetrics site = sites.get(i);
			int base = 0;
			int b = 0;
			for (Map.Entry<String, Integer> bucket : site.queryAge().entrySet()) {
				plot.bar(g, i, sites.size(), base, base + bucket.getValue(), AGE[b++ % AGE.length]);
				base += bucket.getValue();
			}
			plot.label(g, i, sites.size(), site.siteCode(), Integer.toString(site.unresolvedQueries()));
		}
		List<String> names = List.of(QueryAging.BUCKETS);
		legend(g, names, width, AGE);
		return done(g, image);
	}

	/** Planned visits whose window has closed, per site. */
	public static BufferedImage overdueVisits(List<SiteMetrics> sites, int width, int height) {
		BufferedImage image = canvas(width, height);
		Graphics2D g = graphics(image);
		title(g, "Overdue visits", width);
		int max = Math.max(1, sites.stream().mapToInt(SiteMetrics::overdueVisits).max().orElse(1));
		Plot plot = new Plot(width, height, max);
		plot.axes(g);
		for (int i = 0; i < sites.size(); i++) {
			SiteMetrics site = sites.get(i);
			plot.bar(g, i, sites.size(), 0, site.overdueVisits(), new Color(0xd62728));
			plot.label(g, i, sites.size(), site.siteCode(), Integer.toString(site.overdueVisits()));
		}
		return done(g, image);
	}

	public static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot encode a chart as PNG", e);
		}
		return out.toByteArray();
	}

	/** Scales of a chart's plot area: values 0..max upwards, categories or months left to right. */
	private record Plot(int width, int height, int max) {
		int x(int index, int count) {
			int span = width - MARGIN_LEFT - MARGIN_RIGHT;
			return MARGIN_LEFT + (count <= 1 ? span / 2 : index * span / (count - 1));
		}

		int y(double value) {
			int span = height - MARGIN_TOP - MARGIN_BOTTOM;
			return height - MARGIN_BOTTOM - (int) Math.round(value * span / max);
		}

		void axes(Graphics2D g) {
			g.setColor(new Color(0xdddddd));
			int step = niceStep(max);
			for (int v = 0; v <= max; v += step) {
				g.drawLine(MARGIN_LEFT, y(v), width - MARGIN_RIGHT, y(v));
				g.setColor(Color.DARK_GRAY);
				g.drawString(Integer.toString(v), 8, y(v) + 4);
				g.setColor(new Color(0xdddddd));
			}
			g.setColor(Color.GRAY);
			g.drawLine(MARGIN_LEFT, height - MARGIN_BOTTOM, width - MARGIN_RIGHT, height - MARGIN_BOTTOM);
			g.drawLine(MARGIN_LEFT, MARGIN_TOP, MARGIN_LEFT, height - MARGIN_BOTTOM);
		}

		void bar(Graphics2D g, int index, int count, double from, double to, Color color) {
			int slot = (width - MARGIN_LEFT - MARGIN_RIGHT) / Math.max(1, count);
			int barWidth = Math.max(4, slot * 3 / 5);
			int left = MARGIN_LEFT + index * slot + (slot - barWidth) / 2;
			g.setColor(color);
			g.fillRect(left, y(to), barWidth, Math.max(0, y(from) - y(to)));
		}

		void label(Graphics2D g, int index, int count, String category, String value) {
			int slot = (width - MARGIN_LEFT - MARGIN_RIGHT) / Math.max(1, count);
			int center = MARGIN_LEFT + index * slot + slot / 2;
			FontMetrics metrics = g.getFontMetrics();
			g.setColor(Color.DARK_GRAY);
			g.drawString(category, center - metrics.stringWidth(category) / 2, height - MARGIN_BOTTOM + 16);
			g.drawString(value, center - metrics.stringWidth(value) / 2, height - MARGIN_BOTTOM + 32);
		}
	}

	/** Grid step of the value axis: 1, 2, 5, 10, 20, 50, ... so that there are at most six lines. */
	static int niceStep(int max) {
		int[] mantissa = { 1, 2, 5 };
		int step = 1;
		for (int i = 1; max / step > 6; i++) {
			step = mantissa[i % 3] * (int) Math.pow(10, i / 3);
		}
		return step;
	}

	private static BufferedImage canvas(int width, int height) {
		return new BufferedImage(Math.max(width, 200), Math.max(height, 150), BufferedImage.TYPE_INT_RGB);
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		return g;
	}

	private static void title(Graphics2D g, String title, int width) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.drawString(title, 10, 20);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
	}

	private static void empty(Graphics2D g, int width, int height) {
		g.setColor(Color.GRAY);
		g.drawString("No data yet", width / 2 - 30, height / 2);
	}

	private static void legend(Graphics2D g, List<String> names, int width) {
		Color[] colors = new Color[names.size()];
		for (int i = 0; i < colors.length; i++) {
			colors[i] = SERIES[i % SERIES.length];
		}
		legend(g, names, width, colors);
	}

	private static void legend(Graphics2D g, List<String> names, int width, Color[] colors) {
		FontMetrics metrics = g.getFontMetrics();
		int x = width - MARGIN_RIGHT;
		for (int i = names.size() - 1; i >= 0; i--) {
			x -= metrics.stringWidth(names.get(i)) + 22;
			g.setColor(colors[i % colors.length]);
			g.fillRect(x, 10, 12, 12);
			g.setColor(Color.DARK_GRAY);
			g.drawString(names.get(i), x + 16, 21);
		}
	}

	private static BufferedImage done(Graphics2D g, BufferedImage image) {
		g.dispose();
		return image;
	}
}
