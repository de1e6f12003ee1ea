package org.trialbench.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

public class ShowErrorLogHandler {
	public static final String PART_ID = "org.trialbench.app.part.errorlog";

	@Execute
	public void execute(EPartService partService) {
		partService.showPart(PART_ID, PartState.ACTIVATE);
	}
}
