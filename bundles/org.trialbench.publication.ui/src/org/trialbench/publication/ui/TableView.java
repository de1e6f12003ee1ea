package org.trialbench.publication.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.trialbench.publication.tables.HeaderCell;
import org.trialbench.publication.tables.Picture;
import org.trialbench.publication.tables.PublicationTable;
import org.trialbench.publication.tables.Row;

/**
 * Shows one {@link PublicationTable} as the workbook will: title, header (spanning cells repeated in the column
 * titles), indented rows, footnotes, and its figures. Only shows; everything is computed in the core bundle.
 */
final class TableView {
	private final Composite root;
	private final SashForm split;
	private final Composite upper;
	private final Label title;
	private final Table table;
	private final Label footnotes;
	private final ScrolledComposite pictureScroll;
	private final Composite pictures;
	private final List<Image> images = new ArrayList<>();

	TableView(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		title = new Label(root, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		split = new SashForm(root, SWT.VERTICAL);
		split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		upper = new Composite(split, SWT.NONE);
		upper.setLayout(new GridLayout(1, false));
		table = new Table(upper, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		footnotes = new Label(upper, SWT.WRAP);
		GridData notesData = new GridData(SWT.FILL, SWT.TOP, true, false);
		notesData.widthHint = 400;
		footnotes.setLayoutData(notesData);
		pictureScroll = new ScrolledComposite(split, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		pictures = new Composite(pictureScroll, SWT.NONE);
		pictures.setLayout(new GridLayout(1, false));
		pictureScroll.setContent(pictures);
		split.setWeights(55, 45);
		root.addDisposeListener(e -> disposeImages());
	}

	Composite control() {
		return root;
	}

	Table table() {
		return table;
	}

	/** Whether the figure area is shown (it is hidden for a table without a figure). */
	boolean picturesShown() {
		return split.getMaximizedControl() == null;
	}

	Composite pictures() {
		return pictures;
	}

	void show(PublicationTable shown) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			title.setText(shown.title());
			List<String> headers = headerTexts(shown);
			for (int c = 0; c < shown.columns(); c++) {
				TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.CENTER);
				column.setText(headers.get(c));
			}
			for (Row row : shown.rows()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(0, "    ".repeat(row.indent()) + row.label());
				for (int c = 0; c < row.cells().size(); c++) {
					item.setText(c + 1, row.cells().get(c).text());
				}
				if (row.heading()) {
					item.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry()
							.getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
				}
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
				column.setWidth(Math.min(column.getWidth() + 12, 420));
			}
			footnotes.setText(String.join("\n", shown.footnotes()));
		} finally {
			table.setRedraw(true);
		}
		disposeImages();
		for (var child : pictures.getChildren()) {
			child.dispose();
		}
		for (Picture picture : shown.pictures()) {
			Image image = shownAtItsSize(new Image(root.getDisplay(), new ByteArrayInputStream(picture.png())),
					picture);
			images.add(image);
			Label label = new Label(pictures, SWT.NONE);
			label.setImage(image);
			label.setToolTipText(picture.title());
		}
		pictures.setSize(pictures.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		// a table without a figure gets the whole height; a figure gets the larger share next to its table
		if (shown.pictures().isEmpty()) {
			split.setMaximizedControl(upper);
		} else {
			split.setMaximizedControl(null);
			split.setWeights(shown.rows().size() > 12 ? 50 : 35, shown.rows().size() > 12 ? 50 : 65);
		}
		root.layout(true, true);
	}

	/** Column titles: the lowest header row, prefixed by a spanning cell above it ("POEM vs BTX: p (Fisher)"). */
	static List<String> headerTexts(PublicationTable shown) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < shown.columns(); c++) {
			texts.add("");
		}
		for (List<HeaderCell> line : shown.header()) {
			int c = 0;
			for (HeaderCell cell : line) {
				for (int k = 0; k < cell.span(); k++) {
					String text = cell.text();
					if (!text.isEmpty()) {
						texts.set(c + k, texts.get(c + k).isEmpty() ? text : texts.get(c + k) + ": " + text);
					}
				}
				c += cell.span();
			}
		}
		return texts;
	}

	/**
	 * A print-resolution figure (the Kaplan–Meier curves at 300 dpi) scaled, smoothly, to the size it is shown at;
	 * a figure drawn at screen size is returned as it is.
	 */
	private Image shownAtItsSize(Image decoded, Picture picture) {
		var bounds = decoded.getBounds();
		if (picture.width() <= 0 || bounds.width <= picture.width()) {
			return decoded;
		}
		Image scaled = new Image(root.getDisplay(), picture.width(), picture.height());
		GC gc = new GC(scaled);
		try {
			gc.setAntialias(SWT.ON);
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(decoded, 0, 0, bounds.width, bounds.height, 0, 0, picture.width(), picture.height());
		} finally {
			gc.dispose();
			decoded.dispose();
		}
		return scaled;
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}
}
