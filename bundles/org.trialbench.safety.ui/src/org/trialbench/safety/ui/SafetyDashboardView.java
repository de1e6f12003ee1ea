package org.trialbench.safety.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.safety.SafetyDashboard;
import org.trialbench.safety.clock.ClockState;
import org.trialbench.safety.clock.ReportObligation;

/** Shows a {@link SafetyDashboard}: a bar of counts by state, then one row per report, open ones first. */
public final class SafetyDashboardView extends Composite {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	static final String[] COLUMNS = { "State", "Subject", "Site", "Arm", "Event", "Report", "Due", "Left", "Sent" };

	private final Label summary;
	private final Canvas bar;
	private final Table table;
	private Map<ClockState, Integer> counts = Map.of();
	private java.util.List<SafetyDashboard.Row> rows = java.util.List.of();

	public SafetyDashboardView(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(1, false));
		summary = new Label(this, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText("Reading serious adverse events ...");
		bar = new Canvas(this, SWT.DOUBLE_BUFFERED);
		GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
		barData.heightHint = 28;
		bar.setLayoutData(barData);
		bar.addPaintListener(e -> {
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			int width = bar.getClientArea().width;
			int x = 0;
			for (ClockState state : new ClockState[] { ClockState.OVERDUE, ClockState.DUE, ClockState.SUBMITTED_LATE,
					ClockState.SUBMITTED }) {
				int n = counts.getOrDefault(state, 0);
				if (n == 0 || total == 0) {
					continue;
				}
				int w = Math.max(2, width * n / total);
				e.gc.setBackground(color(state));
				e.gc.fillRectangle(x, 0, w, 26);
				e.gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
				String text = n + " " + state.label();
				if (e.gc.textExtent(text).x < w - 6) {
					e.gc.drawString(text, x + 4, 5, true);
				}
				x += w;
			}
		});
		table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		int[] widths = { 90, 70, 45, 70, 190, 190, 125, 130, 130 };
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(widths[i]);
		}
	}

	private Color color(ClockState state) {
		return switch (state) {
		case OVERDUE -> getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		case DUE -> getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
		case SUBMITTED_LATE -> getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA);
		case SUBMITTED -> getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		};
	}

	public Table table() {
		return table;
	}

	public String summaryText() {
		return summary.getText();
	}

	/** A note in place of the dashboard (nobody logged in, reading failed). */
	public void showNote(String text) {
		summary.setText(text);
		layout(true, true);
	}

	/** Who opens a report's adverse event when the user double-clicks its row. */
	public void onOpen(java.util.function.Consumer<SafetyDashboard.Row> opener) {
		table.addListener(SWT.DefaultSelection, e -> {
			int i = table.getSelectionIndex();
			if (i >= 0 && i < rows.size()) {
				opener.accept(rows.get(i));
			}
		});
	}

	public void show(SafetyDashboard dashboard, ZoneId zone) {
		show(dashboard, zone, java.time.Instant.now());
	}

	/** Shows the reports with the time left (or how late they are) at the given moment. */
	public void show(SafetyDashboard dashboard, ZoneId zone, java.time.Instant now) {
		counts = dashboard.counts();
		summary.setText(dashboard.cases().size() + " serious adverse events: " + counts.get(ClockState.DUE) + " reports due, "
				+ counts.get(ClockState.OVERDUE) + " overdue, " + counts.get(ClockState.SUBMITTED) + " submitted, "
				+ counts.get(ClockState.SUBMITTED_LATE) + " submitted late; " + dashboard.awaitingExpectedness().size()
				+ " await an expectedness assessment. Times in " + zone + ".");
		table.removeAll();
		rows = dashboard.rows();
		for (SafetyDashboard.Row row : dashboard.rows()) {
			ReportObligation o = row.obligation();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { o.state().label(), row.safetyCase().screeningNumber(),
					row.safetyCase().siteCode(), row.safetyCase().armLabel(), row.safetyCase().term(), o.kind().label(),
					o.lastDay() != null ? o.lastDay().toString() : TIME.format(o.deadline().atZone(zone)),
					o.timeLeft(now), o.submitted() != null ? TIME.format(o.submitted().atZone(zone)) : "" });
			item.setForeground(0, color(o.state()));
			item.setForeground(7, color(o.state()));
		}
		bar.redraw();
		layout(true, true);
	}
}
