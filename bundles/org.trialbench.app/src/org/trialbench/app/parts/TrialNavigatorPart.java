package org.trialbench.app.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.trialbench.app.internal.Images;

/**
 * The Trial Navigator: sites, subjects, visits and forms of the open trial. Until a trial store is open it
 * says so.
 */
public class TrialNavigatorPart {
	private TreeViewer viewer;
	private Text filter;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter subjects");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ArrayContentProvider.getInstance().getElements(input);
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return false;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public Image getImage(Object element) {
				return Images.get(Images.INFO);
			}
		});
		viewer.setInput(new String[] { "No trial is open" });
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
