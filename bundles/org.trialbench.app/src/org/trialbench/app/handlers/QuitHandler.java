package org.trialbench.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit. Data are saved by each commit, so nothing is pending when the window closes. */
public class QuitHandler {
	@Execute
	public void execute(IWorkbench workbench) {
		workbench.close();
	}
}
