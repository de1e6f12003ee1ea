package org.trialbench.app.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The first part of each user group's perspective: says what the group does here. */
public class PerspectiveOverviewPart {
	public static final String DESCRIPTION_KEY = "description";

	private Label title;

	@PostConstruct
	public void createControls(Composite parent, MPart part) {
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 12).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(part.getLabel());
		Label description = new Label(parent, SWT.WRAP);
		description.setText(part.getPersistedState().getOrDefault(DESCRIPTION_KEY, ""));
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(description);
	}

	@Focus
	public void setFocus() {
		title.setFocus();
	}
}
