package org.trialbench.app.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.trialbench.app.internal.Images;
import org.trialbench.app.log.ErrorLog;
import org.trialbench.app.log.ErrorLogEntry;

/** Errors and warnings of this session, newest first, with the stack of the selected entry. */
public class ErrorLogPart {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private final ErrorLog log;

	private TableViewer viewer;
	private Text details;
	private Label count;
	private final Consumer<ErrorLogEntry> listener = entry -> refreshLater();

	@Inject
	public ErrorLogPart(ErrorLog log) {
		this.log = log;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		count = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
		Button clear = new Button(parent, SWT.PUSH);
		clear.setText("Clear");
		clear.setToolTipText("Clear this session's entries (the log file keeps them)");
		clear.addListener(SWT.Selection, e -> {
			log.clear();
			refresh();
		});

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Time", 140, e -> TIME.format(e.time()), null);
		column("Severity", 90, ErrorLogEntry::severityLabel, ErrorLogPart::icon);
		column("Plug-in", 180, ErrorLogEntry::plugin, null);
		column("Message", 600, ErrorLogEntry::message, null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		sash.setWeights(70, 30);
		viewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof ErrorLogEntry entry) {
				details.setText(entry.message() + (entry.stackTrace().isEmpty() ? "" : "\n\n" + entry.stackTrace()));
			} else {
				details.setText("");
			}
		});
		log.addListener(listener);
		refresh();
	}

	private static Image icon(ErrorLogEntry entry) {
		return switch (entry.severity()) {
		case IStatus.ERROR -> Images.get(Images.ERROR);
		case IStatus.WARNING -> Images.get(Images.WARNING);
		default -> Images.get(Images.INFO);
		};
	}

	private void column(String title, int width, java.util.function.Function<ErrorLogEntry, String> text,
			java.util.function.Function<ErrorLogEntry, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ErrorLogEntry) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((ErrorLogEntry) element);
			}
		});
	}

	private void refreshLater() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	/** Visible for tests: re-reads the log. */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		var entries = log.entries();
		viewer.setInput(entries);
		long errors = entries.stream().filter(e -> e.severity() == IStatus.ERROR).count();
		count.setText(entries.size() + " entries, " + errors + " errors");
		count.getParent().layout();
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		log.removeListener(listener);
	}
}
