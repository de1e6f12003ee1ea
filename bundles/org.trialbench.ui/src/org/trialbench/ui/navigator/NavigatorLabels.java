package org.trialbench.ui.navigator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.trialbench.clinical.SubjectStatus;
import org.trialbench.repository.SubjectHeader;
import org.trialbench.ui.labels.Icons;
import org.trialbench.ui.labels.ModelLabels;
import org.trialbench.ui.labels.StatusWords;

/**
 * Navigator labels: model objects as EMF.Edit labels them, subject rows as screening number and status (screen
 * failures greyed, with their own icon), notes with the icon of their kind.
 */
public final class NavigatorLabels extends LabelProvider implements IColorProvider {
	private final ModelLabels model = new ModelLabels();

	/** "01-0003  randomized". */
	public static String text(SubjectHeader header) {
		return header.screeningNumber() + "  " + StatusWords.of(header.status());
	}

	@Override
	public String getText(Object element) {
		if (element instanceof SubjectHeader header) {
			return text(header);
		}
		if (element instanceof NavigatorNote note) {
			return note.text();
		}
		if (element instanceof EObject) {
			return model.getText(element);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof SubjectHeader header) {
			return Icons.get(header.status() == SubjectStatus.SCREEN_FAILED ? Icons.SCREEN_FAILED : Icons.SUBJECT);
		}
		if (element instanceof NavigatorNote note) {
			return switch (note.kind()) {
			case ERROR -> Icons.get(Icons.ERROR);
			case INFO, LOGIN -> Icons.get(Icons.INFO);
			case LOADING, MORE -> null;
			};
		}
		if (element instanceof EObject) {
			return model.getImage(element);
		}
		return null;
	}

	@Override
	public Color getForeground(Object element) {
		boolean greyed = element instanceof SubjectHeader header && header.status() == SubjectStatus.SCREEN_FAILED
				|| element instanceof NavigatorNote note
						&& (note.kind() == NavigatorNote.Kind.LOADING || note.kind() == NavigatorNote.Kind.MORE);
		return greyed ? greyed() : null;
	}

	/** The colour of greyed-out rows. */
	public static Color greyed() {
		return Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
	}

	@Override
	public Color getBackground(Object element) {
		return null;
	}

	@Override
	public void dispose() {
		model.dispose();
		super.dispose();
	}
}
