package org.trialbench.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Exit. A form with unsaved changes is offered for saving first (Cancel keeps the workbench open), as
 * closing the window does.
 */
public class QuitHandler {
	@Execute
	public void execute(IWorkbench workbench, EPartService parts) {
		if (parts.saveAll(true)) {
			workbench.close();
		}
	}
}
