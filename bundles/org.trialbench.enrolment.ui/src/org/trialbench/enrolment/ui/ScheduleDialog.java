package org.trialbench.enrolment.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.enrolment.VisitSchedule;

/** A subject's visit schedule as of today: window, target, date done and where each visit stands. */
public final class ScheduleDialog extends Dialog {

	private final String subjectLabel;
	private final List<VisitSchedule.Entry> schedule;
	private Table table;

	public ScheduleDialog(Shell parent, String subjectLabel, List<VisitSchedule.Entry> schedule) {
		super(parent);
		this.subjectLabel = subjectLabel;
		this.schedule = List.copyOf(schedule);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Visit schedule of " + subjectLabel);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText("As of " + LocalDate.now() + "; windows from the protocol");
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Visit", "150" }, { "Window opens", "115" }, { "Target", "105" },
				{ "Window closes", "115" }, { "Done on", "110" }, { "State", "130" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		for (VisitSchedule.Entry entry : schedule) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.definition().getName(), text(entry.from()), text(entry.target()),
					text(entry.to()), entry.visit() == null ? "" : text(entry.visit().getDate()), words(entry.state()) });
			Color colour = colour(entry.state());
			if (colour != null) {
				item.setForeground(5, colour);
			}
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(740, 220).applyTo(table);
		return area;
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static String words(VisitSchedule.State state) {
		return switch (state) {
		case DONE -> "done";
		case OUT_OF_WINDOW -> "out of window";
		case UPCOMING -> "upcoming";
		case DUE -> "due";
		case OVERDUE -> "overdue";
		case MISSED -> "missed";
		case NOT_SCHEDULED -> "not scheduled yet";
		};
	}

	private Color colour(VisitSchedule.State state) {
		return switch (state) {
		case OVERDUE, MISSED -> getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		case OUT_OF_WINDOW, DUE -> getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
		case DONE -> getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		default -> null;
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	public Table table() {
		return table;
	}
}
