package org.trialbench.bench.ui;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The one trivial part of the empty e4 application that start-up is compared with. */
public class EmptyPart {

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.NONE).setText("Empty part");
	}
}
